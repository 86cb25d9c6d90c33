import CKernels

/// Adagrad (Duchi, Hazan & Singer, 2011, "Adaptive Subgradient Methods"), as `torch.optim.Adagrad`.
///
/// Per element at step `t` (from 1), with group rate `η = lr · lrScale` and group decay `λ`:
///
///     g ← g + λ·θ
///     η̃ ← η / (1 + (t − 1)·lr_decay)
///     s ← s + g²                      (s starts at initial_accumulator_value)
///     θ ← θ − η̃ · g / (√s + ε)
///
/// Source: PyTorch documentation, `torch.optim.Adagrad`.
public struct Adagrad: ElementwiseOptimizer {
    /// Hyperparameters (torch.optim names); the kind files hold PyTorch's defaults.
    public struct Options: OptimizerOptions {
        /// The base rate a schedule starts from (each step uses the scheduled rate).
        public var lr: Double
        public var lrDecay, weightDecay, initialAccumulatorValue, eps: Double

        public init(lr: Double, lrDecay: Double, weightDecay: Double, initialAccumulatorValue: Double, eps: Double) {
            (self.lr, self.lrDecay, self.weightDecay, self.initialAccumulatorValue, self.eps) =
                (lr, lrDecay, weightDecay, initialAccumulatorValue, eps)
        }
    }

    public var options: Options
    var core = OptimizerCore()
    private var sum: [Float] = []
    private var stepCount = 0

    public init(options: Options) { self.options = options }

    /// The step's ε.
    mutating func begin(count: Int, momentum: Double?) -> Float {
        if sum.count != count {
            sum = [Float](repeating: Float(options.initialAccumulatorValue), count: count)
            stepCount = 0
        }
        stepCount += 1
        return Float(options.eps)
    }

    /// The decayed rate η̃.
    func segment(rate: Double, _ eps: Float) -> Float {
        Float(rate / (1 + Double(stepCount - 1) * options.lrDecay))
    }

    /// `aᵢ = η̃ / (√sᵢ + ε)`, the factor of `g` in the last step.
    public func effectiveRates(into rates: inout [Float]) -> Bool {
        guard stepCount > 0 else { return false }
        let eps = Float(options.eps)
        core.effectiveRates(
            LRK_RATES_ROOT, state: sum, eps: eps, segmentRate: { segment(rate: $0, eps) }, into: &rates)
        return true
    }

    mutating func update(
        _ parameters: inout [Float], _ gradients: [Float], _ range: Range<Int>, decay: Float, _ eps: Float, _ rate: Float
    ) {
        guard !range.isEmpty else { return }
        precondition(range.upperBound <= parameters.count && range.upperBound <= gradients.count)
        precondition(range.upperBound <= sum.count)
        // The kernel (`lrk_adagrad_update`) runs, per element: g; s ← s + g·g; θ ← θ − η̃·(g / (√s + ε)).
        let path = KernelPath.active.code
        let lower = range.lowerBound
        parameters.withUnsafeMutableBufferPointer { theta in
            gradients.withUnsafeBufferPointer { grad in
                sum.withUnsafeMutableBufferPointer { sums in
                    lrk_adagrad_update(
                        path, theta.baseAddress! + lower, grad.baseAddress! + lower, sums.baseAddress! + lower,
                        range.count, rate, decay, eps)
                }
            }
        }
    }
}
