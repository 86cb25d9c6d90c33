/// Adamax, Adam's infinity-norm variant (Kingma & Ba, 2015, section 7.1), as
/// `torch.optim.Adamax`.
///
/// Per element, with group rate `η = lr · lrScale` and group decay `λ`, at step `t`:
///
///     g ← g + λ·θ
///     m ← β₁·m + (1 − β₁)·g
///     u ← max(β₂·u, |g| + ε)
///     θ ← θ − (η / (1 − β₁ᵗ)) · m / u
///
/// Source: PyTorch documentation, `torch.optim.Adamax`. A cycled `momentum:` replaces `β₁`.
public struct Adamax: Optimizer {
    /// Hyperparameters (torch.optim names); the kind files hold PyTorch's defaults.
    public struct Options: Sendable, Equatable {
        /// The base rate a schedule starts from (each step uses the scheduled rate).
        public var lr: Double
        public var beta1, beta2, eps, weightDecay: Double

        public init(lr: Double, beta1: Double, beta2: Double, eps: Double, weightDecay: Double) {
            (self.lr, self.beta1, self.beta2, self.eps, self.weightDecay) =
                (lr, beta1, beta2, eps, weightDecay)
        }
    }

    public var options: Options
    public var appliedLR: Double { core.appliedLR }
    private var core: OptimizerCore
    private var first: [Float] = []
    private var infinityNorm: [Float] = []
    private var stepCount = 0

    public init(options: Options) {
        self.options = options
        core = OptimizerCore(lr: options.lr)
    }

    public mutating func step(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) {
        let segments = core.begin(groups: groups, count: parameters.count, weightDecay: options.weightDecay, lr: lr)
        if first.count != parameters.count {
            first = zeros(parameters.count)
            infinityNorm = zeros(parameters.count)
            stepCount = 0
        }
        stepCount += 1
        let beta1 = momentum ?? options.beta1
        let correction = 1 - _pow(beta1, Double(stepCount))
        let weight = Float(1 - beta1)
        let beta2 = Float(options.beta2)
        let eps = Float(options.eps)
        for segment in segments {
            let stepSize = Float(lr * segment.lrScale / correction)
            let decay = Float(segment.weightDecay)
            for i in segment.range {
                let g = decayed(gradients[i], parameters[i], decay)
                let m = lerp(first[i], g, weight)
                first[i] = m
                let u = max(infinityNorm[i] * beta2, abs(g) + eps)
                infinityNorm[i] = u
                parameters[i] -= stepSize * (m / u)
            }
        }
    }
}
