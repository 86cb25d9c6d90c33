import CKernels

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
public struct Adamax: ElementwiseOptimizer {
    /// Hyperparameters (torch.optim names); the kind files hold PyTorch's defaults.
    public struct Options: OptimizerOptions {
        /// The base rate a schedule starts from (each step uses the scheduled rate).
        public var lr: Double
        public var beta1, beta2, eps, weightDecay: Double

        public init(lr: Double, beta1: Double, beta2: Double, eps: Double, weightDecay: Double) {
            (self.lr, self.beta1, self.beta2, self.eps, self.weightDecay) =
                (lr, beta1, beta2, eps, weightDecay)
        }
    }

    public var options: Options
    var core = OptimizerCore()
    private var first: [Float] = []
    private var infinityNorm: [Float] = []
    private var stepCount = 0

    public init(options: Options) { self.options = options }

    struct StepValues {
        /// 1 − β₁ᵗ, in Double.
        var correction: Double
        /// 1 − β₁, β₂ and ε in Float.
        var weight, beta2, eps: Float
    }

    mutating func begin(count: Int, momentum: Double?) -> StepValues {
        if first.count != count {
            first = zeros(count)
            infinityNorm = zeros(count)
            stepCount = 0
        }
        stepCount += 1
        let beta1 = momentum ?? options.beta1
        return StepValues(
            correction: 1 - _pow(beta1, Double(stepCount)), weight: Float(1 - beta1), beta2: Float(options.beta2),
            eps: Float(options.eps))
    }

    func momentumInForce(_ scheduled: Double?) -> Double? { scheduled ?? options.beta1 }

    /// `aᵢ = η / uᵢ`, the factor of the bias-corrected moment `m̂ = m / (1 − β₁ᵗ)` in the last step.
    public func effectiveRates(into rates: inout [Float]) -> Bool {
        guard stepCount > 0 else { return false }
        core.effectiveRates(LRK_RATES_QUOTIENT, state: infinityNorm, into: &rates)
        return true
    }

    /// The bias-corrected step size η / (1 − β₁ᵗ).
    func segment(rate: Double, _ step: StepValues) -> Float { Float(rate / step.correction) }

    mutating func update(
        _ parameters: inout [Float], _ gradients: [Float], _ range: Range<Int>, decay: Float, _ step: StepValues, _ stepSize: Float
    ) {
        guard !range.isEmpty else { return }
        precondition(range.upperBound <= parameters.count && range.upperBound <= gradients.count)
        precondition(range.upperBound <= first.count && range.upperBound <= infinityNorm.count)
        // The kernel (`lrk_adamax_update`) runs, per element: g; m ← lerp(m, g, 1 − β₁);
        // u ← max(u·β₂, |g| + ε); θ ← θ − s·(m / u).
        let constants = lrk_adamax_constants(
            step_size: stepSize, decay: decay, weight: step.weight, beta2: step.beta2, eps: step.eps)
        let path = KernelPath.active.code
        let lower = range.lowerBound
        parameters.withUnsafeMutableBufferPointer { theta in
            gradients.withUnsafeBufferPointer { grad in
                first.withUnsafeMutableBufferPointer { moment in
                    infinityNorm.withUnsafeMutableBufferPointer { norm in
                        lrk_adamax_update(
                            path, theta.baseAddress! + lower, grad.baseAddress! + lower, moment.baseAddress! + lower,
                            norm.baseAddress! + lower, range.count, constants)
                    }
                }
            }
        }
    }
}
