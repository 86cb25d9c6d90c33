/// Adam with hypergradient descent on the learning rate (Baydin, Cornish, Martínez Rubio,
/// Schmidt & Wood, 2018, "Online Learning Rate Adaptation with Hypergradient Descent",
/// ICLR 2018, algorithm Adam-HD).
///
/// The update is `Adam`'s (L2 weight decay, optional AMSGrad), `θₜ = θₜ₋₁ − αₜ·dₜ` with
/// `dₜ = m̂ₜ / (√v̂ₜ + ε)` in PyTorch's epsilon placement, built from `gₜ = ∇f(θₜ₋₁)`.
/// Since `∂θₜ₋₁/∂α = −dₜ₋₁`:
///
///     hₜ = Σᵢ gₜ,ᵢ · sᵢ · dₜ₋₁,ᵢ        (s = group lrScale; h₁ = 0)
///     αₜ = αₜ₋₁ + β·hₜ                  (β = hypergradient_lr)
///
/// `dₜ₋₁` is rebuilt from the moments and last bias corrections, so no extra buffer is kept.
/// With a schedule, the learned rate is the scheduled rate plus a learned offset:
/// `αₜ = lrₜ + δₜ`, `δₜ = δₜ₋₁ + β·hₜ`, `δ₀ = 0` — exactly the paper's rule from `α₀ = lr`
/// under a constant schedule, an additive learned correction under any other. `appliedLR` is
/// `αₜ`; a cycled `momentum:` replaces `β₁` for that step.
public struct AdamHD: Optimizer {
    /// Hyperparameters: `Adam`'s defaults, and `β = 1e-7`, the scale the paper uses for Adam-HD.
    public struct Options: Sendable, Equatable {
        /// The base rate a schedule starts from (each step uses the scheduled rate).
        public var lr: Double
        public var beta1: Double
        public var beta2: Double
        public var eps: Double
        public var weightDecay: Double
        public var amsgrad: Bool
        /// β, the rate of the rate.
        public var hypergradientLR: Double

        public init(
            lr: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8,
            weightDecay: Double = 0, amsgrad: Bool = false, hypergradientLR: Double = 1e-7
        ) {
            self.lr = lr
            self.beta1 = beta1
            self.beta2 = beta2
            self.eps = eps
            self.weightDecay = weightDecay
            self.amsgrad = amsgrad
            self.hypergradientLR = hypergradientLR
        }
    }

    public var options: Options
    public private(set) var appliedLR: Double
    /// δ, the learned correction added to the scheduled rate.
    public private(set) var learnedOffset = 0.0
    /// The last hypergradient term `hₜ` (0 on the first step).
    public private(set) var lastHypergradient = 0.0
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
        if moments.stepCount == 0 { learnedOffset = 0 }
        let h = moments.dotWithLastDirection(
            parameters: parameters, gradients: gradients, segments: segments.segments,
            eps: options.eps, amsgrad: options.amsgrad, decoupled: false)
        lastHypergradient = h
        learnedOffset += options.hypergradientLR * h
        let alpha = lr + learnedOffset
        appliedLR = alpha
        moments.update(
            parameters: &parameters, gradients: gradients, segments: segments.segments,
            lr: alpha, beta1: momentum ?? options.beta1, beta2: options.beta2, eps: options.eps,
            amsgrad: options.amsgrad, decoupled: false)
    }
}
