/// NAdam (Dozat, 2016, "Incorporating Nesterov Momentum into Adam"), as `torch.optim.NAdam`
/// with L2 weight decay.
///
/// With the momentum schedule `μₜ = β₁·(1 − ½·0.96^(t·ψ))` (ψ = momentum_decay) and its running
/// product `Πₜ = μ₁⋯μₜ`, per element with group rate `η = lr · lrScale`, at step `t`:
///
///     g ← g + λ·θ
///     m ← β₁·m + (1 − β₁)·g,   v ← β₂·v + (1 − β₂)·g²
///     d ← √(v / (1 − β₂ᵗ)) + ε
///     θ ← θ − η·(1 − μₜ)/(1 − Πₜ) · g/d − η·μₜ₊₁/(1 − Πₜ·μₜ₊₁) · m/d
///
/// Source: PyTorch documentation, `torch.optim.NAdam`. `Π` is kept in Float, as PyTorch keeps it
/// in a float32 state tensor. A cycled `momentum:` replaces `β₁` for that step.
public struct NAdam: Optimizer {
    /// Hyperparameters (torch.optim names); the kind files hold PyTorch's defaults.
    public struct Options: Sendable, Equatable {
        /// The base rate a schedule starts from (each step uses the scheduled rate).
        public var lr: Double
        public var beta1, beta2, eps, weightDecay, momentumDecay: Double

        public init(lr: Double, beta1: Double, beta2: Double, eps: Double, weightDecay: Double, momentumDecay: Double) {
            (self.lr, self.beta1, self.beta2, self.eps, self.weightDecay, self.momentumDecay) =
                (lr, beta1, beta2, eps, weightDecay, momentumDecay)
        }
    }

    public var options: Options
    public var appliedLR: Double { core.appliedLR }
    private var core: OptimizerCore
    private var first: [Float] = []
    private var second: [Float] = []
    private var muProduct: Float = 1
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
            second = zeros(parameters.count)
            muProduct = 1
            stepCount = 0
        }
        stepCount += 1
        let t = Double(stepCount)
        let beta1 = momentum ?? options.beta1
        let correction2 = 1 - _pow(options.beta2, t)
        let mu = beta1 * (1 - 0.5 * _pow(0.96, t * options.momentumDecay))
        let muNext = beta1 * (1 - 0.5 * _pow(0.96, (t + 1) * options.momentumDecay))
        muProduct = Float(Double(muProduct) * mu)
        let product = Double(muProduct)
        let productNext = product * muNext
        let weight = Float(1 - beta1)
        let beta2f = Float(options.beta2)
        let oneMinusBeta2 = Float(1 - options.beta2)
        let correction = Float(correction2)
        let eps = Float(options.eps)
        for segment in segments {
            let rate = lr * segment.lrScale
            let gradientStep = Float(-rate * (1 - mu) / (1 - product))
            let momentStep = Float(-rate * muNext / (1 - productNext))
            let decay = Float(segment.weightDecay)
            for i in segment.range {
                let g = decayed(gradients[i], parameters[i], decay)
                let m = lerp(first[i], g, weight)
                first[i] = m
                let v = beta2f * second[i] + oneMinusBeta2 * (g * g)
                second[i] = v
                let denominator = (v / correction).squareRoot() + eps
                parameters[i] += gradientStep * (g / denominator)
                parameters[i] += momentStep * (m / denominator)
            }
        }
    }
}
