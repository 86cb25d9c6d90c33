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
/// `αₜ`; a cycled `momentum:` replaces `β₁` for that step. The paper's scale for β is 1e-7.
public struct AdamHD: Optimizer {
    /// `Adam`'s options and β, the rate of the rate.
    public typealias Options = HypergradientOptions<AdamOptions>

    public var options: Options
    public private(set) var appliedLR: Double
    public private(set) var appliedMomentum: Double?
    /// δ, the learned correction added to the scheduled rate.
    public private(set) var learnedOffset = 0.0
    /// The last hypergradient term `hₜ` (0 on the first step).
    public private(set) var lastHypergradient = 0.0
    private var moments = AdamMoments()

    public init(options: Options) {
        self.options = options
        self.appliedLR = options.base.lr
    }

    /// As `Adam`'s, at the learned rate `αₜ`.
    public func effectiveRates(into rates: inout [Float]) -> Bool {
        moments.effectiveRates(lr: appliedLR, options: options.base, into: &rates)
    }

    public mutating func step(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) {
        let adam = options.base
        moments.prepare(count: parameters.count, groups: groups, options: adam)
        if moments.stepCount == 0 { learnedOffset = 0 }
        let h = moments.dotWithLastDirection(
            parameters: parameters, gradients: gradients, options: adam, decoupled: false)
        lastHypergradient = h
        learnedOffset += options.hypergradientLR * h
        let alpha = lr + learnedOffset
        appliedLR = alpha
        let beta1 = momentum ?? adam.beta1
        appliedMomentum = beta1
        moments.update(
            parameters: &parameters, gradients: gradients, lr: alpha, beta1: beta1,
            options: adam, decoupled: false)
    }
}
