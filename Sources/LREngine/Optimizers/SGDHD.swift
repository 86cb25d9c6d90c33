import CKernels

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
public struct SGDHD: ElementwiseOptimizer {
    /// `SGD`'s options and β, the rate of the rate (the paper's scale for SGD-HD is 0.001).
    public typealias Options = HypergradientOptions<SGD.Options>

    public var options: Options
    var core = OptimizerCore()
    /// δ, the learned correction added to the scheduled rate.
    public private(set) var learnedOffset = 0.0
    /// The last hypergradient term `hₜ` (0 on the first step).
    public private(set) var lastHypergradient = 0.0
    private var buffer: [Float] = []
    private var direction: [Float] = []
    private var hasDirection = false

    public init(options: Options) { self.options = options }

    mutating func begin(count: Int, momentum: Double?) -> SGDMomentum {
        if direction.count != count {
            direction = zeros(count)
            buffer = zeros(count)
            hasDirection = false
            learnedOffset = 0
        }
        let sgd = options.base
        return SGDMomentum(
            mu: momentum ?? sgd.momentum, dampening: sgd.dampening, nesterov: sgd.nesterov, first: !hasDirection)
    }

    /// αₜ = lrₜ + δₜ, after `hₜ`: this step's gradient against the last step's direction.
    mutating func baseRate(
        _ lr: Double, _ step: SGDMomentum, parameters: [Float], gradients: [Float],
        segments: [ParameterSegments.Segment]
    ) -> Double {
        var h = 0.0
        if hasDirection {
            // Each segment's Σ Double(g̃ᵢ)·Double(dᵢ) is one serial chain in index order
            // (`lrk_decayed_dot`); the segments' terms are added here in order.
            let path = KernelPath.active.code
            precondition(direction.count == parameters.count && gradients.count == parameters.count)
            parameters.withUnsafeBufferPointer { theta in
                gradients.withUnsafeBufferPointer { grad in
                    direction.withUnsafeBufferPointer { d in
                        for segment in segments where segment.lrScale != 0 {
                            var partial = 0.0
                            if !segment.range.isEmpty {
                                precondition(segment.range.upperBound <= parameters.count)
                                let lower = segment.range.lowerBound
                                partial = lrk_decayed_dot(
                                    path, grad.baseAddress! + lower, theta.baseAddress! + lower, d.baseAddress! + lower,
                                    segment.range.count, Float(segment.weightDecay))
                            }
                            h += segment.lrScale * partial
                        }
                    }
                }
            }
        }
        hasDirection = true
        lastHypergradient = h
        learnedOffset += options.hypergradientLR * h
        return lr + learnedOffset
    }

    /// μ in force; nil when momentum is off (μ = 0 and nothing cycled).
    func momentumInForce(_ scheduled: Double?) -> Double? {
        scheduled ?? (options.base.momentum != 0 ? options.base.momentum : nil)
    }

    func segment(rate: Double, _ step: SGDMomentum) -> Float { Float(rate) }

    mutating func update(
        _ parameters: inout [Float], _ gradients: [Float], _ range: Range<Int>, decay: Float, _ step: SGDMomentum, _ rate: Float
    ) {
        guard !range.isEmpty else { return }
        precondition(range.upperBound <= parameters.count && range.upperBound <= gradients.count)
        precondition(range.upperBound <= direction.count && (!step.isOn || range.upperBound <= buffer.count))
        // SGD's kernel rule per element, also storing the direction (`lrk_sgd_update_recording`).
        let constants = step.constants(rate: rate, decay: decay)
        let path = KernelPath.active.code
        let lower = range.lowerBound
        parameters.withUnsafeMutableBufferPointer { theta in
            gradients.withUnsafeBufferPointer { grad in
                buffer.withUnsafeMutableBufferPointer { momentum in
                    direction.withUnsafeMutableBufferPointer { d in
                        lrk_sgd_update_recording(
                            path, theta.baseAddress! + lower, grad.baseAddress! + lower,
                            step.isOn ? momentum.baseAddress! + lower : nil, d.baseAddress! + lower, range.count,
                            constants)
                    }
                }
            }
        }
    }
}
