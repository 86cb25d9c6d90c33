/// How weights start (`initializer:`), following `torch.nn.init`.
public struct InitializerConfig: Sendable, Hashable {
    /// The registry of initializer kinds.
    public enum Kind: String, Sendable, CaseIterable {
        case zeros, constant, uniform, normal
        case xavierUniform = "xavier_uniform", xavierNormal = "xavier_normal"
        case heUniform = "he_uniform", heNormal = "he_normal"
        case lecunUniform = "lecun_uniform", lecunNormal = "lecun_normal"
        case orthogonal
        /// Information-gain reweighting of a base initializer.
        case entropyGain = "entropy_gain"
    }

    /// How biases start.
    public enum Bias: Sendable, Hashable {
        case zeros
        /// The framework default for the layer (uniform in ±1/sqrt(fan_in), as torch.nn.Linear).
        case `default`
        case constant(Double)
    }

    public var kind: Kind
    /// Scale factor (xavier_*, orthogonal; torch `gain`).
    public var gain: Double
    /// Value of every weight (constant).
    public var value: Double
    /// Bounds of the uniform initializer.
    public var a: Double
    public var b: Double
    /// Mean and standard deviation of the normal initializer.
    public var mean: Double
    public var std: Double
    public var bias: Bias
    /// entropy_gain: the initializer whose draws are reweighted.
    public var base: Kind?
    /// entropy_gain: histogram bins for the entropy estimate.
    public var bins: Int
    /// entropy_gain: how far to move from the base draw, in [0, 1].
    public var strength: Double
}
