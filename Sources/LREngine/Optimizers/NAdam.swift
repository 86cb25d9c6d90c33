import CKernels

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
public struct NAdam: ElementwiseOptimizer {
    /// Hyperparameters (torch.optim names); the kind files hold PyTorch's defaults.
    public struct Options: OptimizerOptions {
        /// The base rate a schedule starts from (each step uses the scheduled rate).
        public var lr: Double
        public var beta1, beta2, eps, weightDecay, momentumDecay: Double

        public init(lr: Double, beta1: Double, beta2: Double, eps: Double, weightDecay: Double, momentumDecay: Double) {
            (self.lr, self.beta1, self.beta2, self.eps, self.weightDecay, self.momentumDecay) =
                (lr, beta1, beta2, eps, weightDecay, momentumDecay)
        }
    }

    public var options: Options
    var core = OptimizerCore()
    private var first: [Float] = []
    private var second: [Float] = []
    private var muProduct: Float = 1
    private var stepCount = 0

    public init(options: Options) { self.options = options }

    struct StepValues {
        /// μₜ, μₜ₊₁, Πₜ and Πₜ·μₜ₊₁, in Double.
        var mu, muNext, product, productNext: Double
        /// 1 − β₁, β₂, 1 − β₂, 1 − β₂ᵗ and ε in Float.
        var weight, beta2, oneMinusBeta2, correction, eps: Float
    }

    mutating func begin(count: Int, momentum: Double?) -> StepValues {
        if first.count != count {
            first = zeros(count)
            second = zeros(count)
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
        return StepValues(
            mu: mu, muNext: muNext, product: product, productNext: product * muNext, weight: Float(1 - beta1),
            beta2: Float(options.beta2), oneMinusBeta2: Float(1 - options.beta2), correction: Float(correction2),
            eps: Float(options.eps))
    }

    /// β₁ in force (the cycled value or the options'); the warming `μₜ` derived from it is
    /// NAdam's own rule, not a setting, so it is not what is recorded.
    func momentumInForce(_ scheduled: Double?) -> Double? { scheduled ?? options.beta1 }

    /// `aᵢ = η / (√(vᵢ / (1 − β₂ᵗ)) + ε)`, the rate dividing both of the last step's terms.
    public func effectiveRates(into rates: inout [Float]) -> Bool {
        guard stepCount > 0 else { return false }
        let correction = Float(1 - _pow(options.beta2, Double(stepCount)))
        let eps = Float(options.eps)
        core.effectiveRates(LRK_RATES_CORRECTED_ROOT, state: second, correction: correction, eps: eps, into: &rates)
        return true
    }

    /// The factors of g/d and m/d in the update.
    func segment(rate: Double, _ s: StepValues) -> (gradientStep: Float, momentStep: Float) {
        (Float(-rate * (1 - s.mu) / (1 - s.product)), Float(-rate * s.muNext / (1 - s.productNext)))
    }

    mutating func update(
        _ parameters: inout [Float], _ gradients: [Float], _ range: Range<Int>, decay: Float, _ step: StepValues, _ steps: (gradientStep: Float, momentStep: Float)
    ) {
        guard !range.isEmpty else { return }
        precondition(range.upperBound <= parameters.count && range.upperBound <= gradients.count)
        precondition(range.upperBound <= first.count && range.upperBound <= second.count)
        // The kernel (`lrk_nadam_update`) runs the rule per element, in this order:
        // g ← decayed(g, θ, λ); m ← lerp(m, g, 1 − β₁); v ← β₂·v + (1 − β₂)·(g·g);
        // d ← √(v / (1 − β₂ᵗ)) + ε; θ ← θ + gradientStep·(g/d); θ ← θ + momentStep·(m/d).
        let constants = lrk_nadam_constants(
            decay: decay, weight: step.weight, beta2: step.beta2, one_minus_beta2: step.oneMinusBeta2,
            correction: step.correction, eps: step.eps, gradient_step: steps.gradientStep,
            moment_step: steps.momentStep)
        let path = KernelPath.active.code
        let lower = range.lowerBound
        parameters.withUnsafeMutableBufferPointer { theta in
            gradients.withUnsafeBufferPointer { grad in
                first.withUnsafeMutableBufferPointer { m in
                    second.withUnsafeMutableBufferPointer { v in
                        lrk_nadam_update(
                            path, theta.baseAddress! + lower, grad.baseAddress! + lower, m.baseAddress! + lower,
                            v.baseAddress! + lower, range.count, constants)
                    }
                }
            }
        }
    }
}
