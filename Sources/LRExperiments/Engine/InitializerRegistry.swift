import LREngine

/// The table from `initializer.kind` to the engine's `InitializationSpec`.
///
/// `gain` is passed only to the kinds whose key table accepts it (`xavier_*`, `orthogonal`, and
/// an `entropy_gain` over one of those); `he_*` and `lecun_*` keep the engine's defaults (√2
/// and 1). Without an `initializer:` section every dense layer starts as `torch.nn.Linear`
/// does: weights `kaiming_uniform_(a=√5)`, i.e. U(±1/√fan_in), and biases U(±1/√fan_in).
enum InitializerRegistry {
    /// `torch.nn.Linear.reset_parameters`.
    static let pytorchDefault = InitializationSpec(
        weights: HeUniform(gain: (1.0 / 3).squareRoot()), bias: .uniformFanIn)

    /// Kinds whose section accepts `gain`.
    static let takesGain: Set<InitializerConfig.Kind> = [.xavierUniform, .xavierNormal, .orthogonal]

    /// The weight rule of every kind but `entropy_gain`, by kind (looked up, never iterated).
    static let table: [InitializerConfig.Kind: @Sendable (InitializerConfig, Double?) throws(InitializerError) -> any Initializer] = [
        .zeros: { _, _ in Zeros() },
        .constant: { c, _ in Constant(value: c.value) },
        .uniform: { c, _ in Uniform(low: c.a, high: c.b) },
        .normal: { c, _ in Normal(mean: c.mean, std: c.std) },
        .xavierUniform: { _, gain in XavierUniform(gain: gain ?? 1) },
        .xavierNormal: { _, gain in XavierNormal(gain: gain ?? 1) },
        .heUniform: { _, _ in HeUniform() },
        .heNormal: { _, _ in HeNormal() },
        .lecunUniform: { _, _ in LecunUniform() },
        .lecunNormal: { _, _ in LecunNormal() },
        .orthogonal: { _, gain in Orthogonal(gain: gain ?? 1) },
    ]

    /// The initialisation `config` describes; nil config means PyTorch's default.
    ///
    /// - Parameter training: the standardised training part, read by `entropy_gain` only (its
    ///   information gains are measured on training inputs and targets, never on validation
    ///   or test data).
    static func make(_ config: InitializerConfig?, training: Dataset?) throws(TrialError) -> InitializationSpec {
        guard let config else { return pytorchDefault }
        let bias: BiasInitializer = switch config.bias {
        case .zeros: .zeros
        case .default: .uniformFanIn
        case .constant(let value): .constant(value)
        }
        do throws(InitializerError) {
            let weights: any Initializer
            if config.kind == .entropyGain {
                guard let training else { throw InitializerError("'entropy_gain' needs training data") }
                let baseKind = config.base ?? .heNormal
                let base = try rule(baseKind, config)
                weights = try EntropyGain(
                    base: base, inputs: training.features, targets: training.targets, bins: config.bins,
                    strength: config.strength)
            } else {
                weights = try rule(config.kind, config)
            }
            return InitializationSpec(weights: weights, bias: bias)
        } catch {
            throw TrialError("initializer: \(error.message)")
        }
    }

    private static func rule(_ kind: InitializerConfig.Kind, _ config: InitializerConfig) throws(InitializerError) -> any Initializer {
        guard let build = table[kind] else { throw InitializerError("no initializer is registered for kind '\(kind.rawValue)'") }
        return try build(config, takesGain.contains(kind) ? config.gain : nil)
    }
}
