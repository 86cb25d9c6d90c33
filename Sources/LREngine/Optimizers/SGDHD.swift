/// SGD with hypergradient descent on the learning rate (Baydin, Cornish, Martínez Rubio,
/// Schmidt & Wood, 2018, "Online Learning Rate Adaptation with Hypergradient Descent",
/// ICLR 2018, algorithm SGD-HD / SGDN-HD).
///
/// The update is `SGD`'s, `θₜ = θₜ₋₁ − αₜ·dₜ` with `dₜ` the (momentum, Nesterov, L2-decayed)
/// direction built from `gₜ = ∇f(θₜ₋₁)`, this step's gradient. Since `∂θₜ₋₁/∂α = −dₜ₋₁`,
/// the hypergradient is `∂f(θₜ₋₁)/∂α = −gₜ·dₜ₋₁` and the rate descends on it:
///
///     hₜ = Σᵢ gₜ,ᵢ · sᵢ · dₜ₋₁,ᵢ        (s = group lrScale; h₁ = 0)
///     αₜ = αₜ₋₁ + β·hₜ                  (β = hypergradient_lr)
///
/// With a schedule, the learned rate is the scheduled rate plus a learned offset:
/// `αₜ = lrₜ + δₜ`, `δₜ = δₜ₋₁ + β·hₜ`, `δ₀ = 0`. Under a constant schedule this is exactly the
/// paper's rule started from `α₀ = lr`; under any other schedule the schedule keeps its shape
/// and hypergradient descent learns an additive correction (`∂f/∂δ = ∂f/∂α`, so the update
/// is the paper's). The rate is not clipped: as in the paper it may shrink towards zero.
/// `appliedLR` is `αₜ`; every group multiplies it by its `lrScale`.
public struct SGDHD: Optimizer {
    /// `SGD`'s options and β, the rate of the rate (the paper's scale for SGD-HD is 0.001).
    public typealias Options = HypergradientOptions<SGD.Options>

    public var options: Options
    public var appliedLR: Double { core.appliedLR }
    /// δ, the learned correction added to the scheduled rate.
    public private(set) var learnedOffset = 0.0
    /// The last hypergradient term `hₜ` (0 on the first step).
    public private(set) var lastHypergradient = 0.0
    private var core: OptimizerCore
    private var buffer: [Float] = []
    private var direction: [Float] = []
    private var stepCount = 0

    public init(options: Options) {
        self.options = options
        core = OptimizerCore(lr: options.base.lr)
    }

    public mutating func step(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) {
        let segments = core.begin(groups: groups, count: parameters.count, weightDecay: options.base.weightDecay, lr: lr)
        let n = parameters.count
        if direction.count != n {
            direction = zeros(n)
            buffer = zeros(n)
            stepCount = 0
            learnedOffset = 0
        }
        // The hypergradient: this step's gradient against the last step's direction.
        var h = 0.0
        if stepCount > 0 {
            for segment in segments where segment.lrScale != 0 {
                let decay = Float(segment.weightDecay)
                var partial = 0.0
                for i in segment.range {
                    let g = decayed(gradients[i], parameters[i], decay)
                    partial += Double(g) * Double(direction[i])
                }
                h += segment.lrScale * partial
            }
        }
        lastHypergradient = h
        learnedOffset += options.hypergradientLR * h
        let alpha = lr + learnedOffset
        core.appliedLR = alpha

        let sgd = options.base
        let mu = momentum ?? sgd.momentum
        let mu32 = Float(mu)
        let keep = Float(1 - sgd.dampening)
        let first = stepCount == 0
        for segment in segments {
            let rate = Float(alpha * segment.lrScale)
            let decay = Float(segment.weightDecay)
            for i in segment.range {
                var g = decayed(gradients[i], parameters[i], decay)
                if mu != 0 {
                    let b = first ? g : mu32 * buffer[i] + keep * g
                    buffer[i] = b
                    g = sgd.nesterov ? g + mu32 * b : b
                }
                direction[i] = g
                parameters[i] -= rate * g
            }
        }
        stepCount += 1
    }
}
