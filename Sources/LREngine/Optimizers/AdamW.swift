/// AdamW (Loshchilov & Hutter, 2019, "Decoupled Weight Decay Regularization"), as
/// `torch.optim.AdamW`.
///
/// The decay acts on the weights, not the gradient: per element, with group rate
/// `η = lr · lrScale` and group decay `λ`, at step `t`:
///
///     θ ← θ·(1 − η·λ)
///     m ← β₁·m + (1 − β₁)·g,   v ← β₂·v + (1 − β₂)·g²,   v̂ ← max(v̂, v) (amsgrad)
///     θ ← θ − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
///
/// Source: PyTorch documentation, `torch.optim.AdamW` (default `weight_decay` 0.01). A cycled
/// `momentum:` from the schedule replaces `β₁` for that step.
public struct AdamW: Optimizer {
    /// Hyperparameters, with PyTorch's defaults.
    public struct Options: Sendable, Equatable {
        /// The base rate a schedule starts from (each step uses the scheduled rate).
        public var lr: Double
        public var beta1: Double
        public var beta2: Double
        public var eps: Double
        public var weightDecay: Double
        public var amsgrad: Bool

        public init(
            lr: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8,
            weightDecay: Double = 1e-2, amsgrad: Bool = false
        ) {
            self.lr = lr
            self.beta1 = beta1
            self.beta2 = beta2
            self.eps = eps
            self.weightDecay = weightDecay
            self.amsgrad = amsgrad
        }
    }

    public var options: Options
    public private(set) var appliedLR: Double
    private var segments = ParameterSegments()
    private var moments = AdamMoments()

    public init(options: Options = Options()) {
        self.options = options
        self.appliedLR = options.lr
    }

    public mutating func step(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) {
        segments.update(groups: groups, count: parameters.count, weightDecay: options.weightDecay)
        moments.prepare(count: parameters.count, amsgrad: options.amsgrad)
        appliedLR = lr
        moments.update(
            parameters: &parameters, gradients: gradients, segments: segments.segments, lr: lr,
            beta1: momentum ?? options.beta1, beta2: options.beta2, eps: options.eps,
            amsgrad: options.amsgrad, decoupled: true)
    }
}
