/// What is trained (`model:`): a network on data, or a test function's coordinates.
public struct ModelConfig: Sendable, Hashable {
    /// The registry of model kinds.
    public enum Kind: String, Sendable, CaseIterable {
        case linear, logistic, mlp, function
    }

    /// Hidden-layer nonlinearities.
    public enum Activation: String, Sendable, CaseIterable {
        case relu, leakyRelu = "leaky_relu", elu, gelu, tanh, sigmoid, identity
    }

    /// Optimisation test functions for `kind: function`.
    public enum Function: String, Sendable, CaseIterable {
        case rosenbrock, quadratic, rastrigin, beale, himmelblau

        /// The fixed dimension of the function, nil when any dimension works.
        public var dimension: Int? {
            switch self {
            case .beale, .himmelblau: 2
            default: nil
            }
        }
    }

    public var kind: Kind
    /// Hidden layer widths (mlp).
    public var hidden: [Int]
    /// Hidden-layer activation (mlp).
    public var activation: Activation
    /// The test function (function models).
    public var function: Function?
    /// Starting point (function models).
    public var start: [Double]
    /// Per-coordinate curvature of the quadratic (same length as `start`).
    public var scales: [Double]?
}
