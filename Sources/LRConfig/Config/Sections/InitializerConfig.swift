/// How weights start (`initializer:`), following `torch.nn.init`.
package struct InitializerConfig: Sendable, Equatable {
    /// How biases start.
    package enum Bias: Sendable, Hashable {
        case zeros
        /// The framework default for the layer (uniform in ±1/sqrt(fan_in), as torch.nn.Linear).
        case `default`
        case constant(Double)
    }

    /// The kind with its typed settings (one of ``InitializerKinds/all``).
    package var kind: any InitializerKind
    package var bias: Bias

    /// The YAML name of the kind (`he_normal`).
    package var name: String { kind.name }

    package static func == (x: InitializerConfig, y: InitializerConfig) -> Bool {
        x.kind.isSame(as: y.kind) && x.bias == y.bias
    }
}
