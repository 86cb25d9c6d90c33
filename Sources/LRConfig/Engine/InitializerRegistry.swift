import LREngine

/// Builds the engine's `InitializationSpec` an `initializer:` section describes; each kind in
/// ``InitializerKinds/all`` builds its own weight rule.
///
/// Without an `initializer:` section every dense layer starts as `torch.nn.Linear` does:
/// weights `kaiming_uniform_(a=√5)`, i.e. U(±1/√fan_in), and biases U(±1/√fan_in).
package enum InitializerRegistry {
    /// `torch.nn.Linear.reset_parameters`.
    package static let pytorchDefault = InitializationSpec(
        weights: HeUniform(gain: (1.0 / 3).squareRoot()), bias: .uniformFanIn)

    /// The initialisation `config` describes; nil config means PyTorch's default.
    ///
    /// - Parameter training: the standardised training part, read by `entropy_gain` only (its
    ///   information gains are measured on training inputs and targets, never on validation
    ///   or test data).
    package static func make(_ config: InitializerConfig?, training: Dataset?) throws(TrialError) -> InitializationSpec {
        guard let config else { return pytorchDefault }
        let bias: BiasInitializer = switch config.bias {
        case .zeros: .zeros
        case .default: .uniformFanIn
        case .constant(let value): .constant(value)
        }
        do throws(InitializerError) {
            return InitializationSpec(weights: try config.kind.weights(training: training), bias: bias)
        } catch {
            throw TrialError("initializer: \(error.message)")
        }
    }
}
