/// How weights start (`initializer:`), following `torch.nn.init`.
public struct InitializerConfig: Sendable, Equatable {
    /// How biases start.
    public enum Bias: Sendable, Hashable {
        case zeros
        /// The framework default for the layer (uniform in ±1/sqrt(fan_in), as torch.nn.Linear).
        case `default`
        case constant(Double)
    }

    /// The kind with its typed settings (one of ``InitializerKinds/all``).
    var kind: any InitializerKind
    public var bias: Bias

    /// The YAML name of the kind (`he_normal`).
    public var name: String { kind.name }

    public static func == (x: InitializerConfig, y: InitializerConfig) -> Bool {
        x.kind.isSame(as: y.kind) && x.bias == y.bias
    }
}
