/// The table from `initializer.kind` to an initialiser.
public enum Initializers {
    /// Every accepted kind, in documentation order.
    public static let names = [
        "zeros", "constant", "uniform", "normal", "xavier_uniform", "xavier_normal",
        "he_uniform", "he_normal", "lecun_uniform", "lecun_normal", "orthogonal", "entropy_gain",
    ]

    /// The initialiser called `kind`. `gain` nil means the rule's PyTorch default (1, or √2
    /// for `he_*`); `value`, `low`/`high` (`a`/`b`) and `mean`/`std` are read by `constant`,
    /// `uniform` and `normal`. `entropy_gain` needs the training data: build `EntropyGain`.
    public static func make(
        kind: String, gain: Double? = nil, value: Double = 0, low: Double = 0, high: Double = 1,
        mean: Double = 0, std: Double = 1
    ) throws(InitializerError) -> any Initializer {
        switch kind {
        case "zeros": return Zeros()
        case "constant": return Constant(value: value)
        case "uniform": return Uniform(low: low, high: high)
        case "normal": return Normal(mean: mean, std: std)
        case "xavier_uniform": return XavierUniform(gain: gain ?? 1)
        case "xavier_normal": return XavierNormal(gain: gain ?? 1)
        case "he_uniform": return HeUniform(gain: gain ?? 2.0.squareRoot())
        case "he_normal": return HeNormal(gain: gain ?? 2.0.squareRoot())
        case "lecun_uniform": return LecunUniform(gain: gain ?? 1)
        case "lecun_normal": return LecunNormal(gain: gain ?? 1)
        case "orthogonal": return Orthogonal(gain: gain ?? 1)
        case "entropy_gain":
            throw InitializerError("'entropy_gain' needs the training data")
        default:
            throw InitializerError("unknown initializer '\(kind)'")
        }
    }
}
