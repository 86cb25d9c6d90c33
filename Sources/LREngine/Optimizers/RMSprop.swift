import CKernels

/// RMSprop (Hinton, Coursera lecture 6e, 2012; centred form from Graves, 2013), as
/// `torch.optim.RMSprop`.
///
/// Per element, with group rate `η = lr · lrScale` and group decay `λ`:
///
///     g ← g + λ·θ
///     v ← α·v + (1 − α)·g²
///     ḡ ← α·ḡ + (1 − α)·g              (centered only)
///     d ← √(v − ḡ²) + ε   (centered)   or   √v + ε
///     b ← μ·b + g/d,  θ ← θ − η·b       (μ > 0)
///     θ ← θ − η·g/d                     (μ = 0)
///
/// Source: PyTorch documentation, `torch.optim.RMSprop`. A cycled `momentum:` from the
/// schedule replaces `μ` for that step.
public struct RMSprop: ElementwiseOptimizer {
    /// Hyperparameters (torch.optim names); the kind files hold PyTorch's defaults.
    public struct Options: OptimizerOptions {
        /// The base rate a schedule starts from (each step uses the scheduled rate).
        public var lr: Double
        public var alpha, eps, weightDecay, momentum: Double
        public var centered: Bool

        public init(lr: Double, alpha: Double, eps: Double, weightDecay: Double, momentum: Double, centered: Bool) {
            (self.lr, self.alpha, self.eps, self.weightDecay, self.momentum, self.centered) =
                (lr, alpha, eps, weightDecay, momentum, centered)
        }
    }

    public var options: Options
    var core = OptimizerCore()
    private var squareAverage: [Float] = []
    private var gradientAverage: [Float] = []
    private var buffer: [Float] = []

    public init(options: Options) { self.options = options }

    struct StepValues {
        var alpha, oneMinusAlpha, eps: Float
        /// μ, nil when momentum is off (μ = 0).
        var momentum: Float?
    }

    mutating func begin(count n: Int, momentum: Double?) -> StepValues {
        if squareAverage.count != n { squareAverage = zeros(n) }
        if options.centered && gradientAverage.count != n {
            gradientAverage = zeros(n)
        }
        let mu = momentum ?? options.momentum
        if mu > 0 && buffer.count != n { buffer = zeros(n) }
        return StepValues(
            alpha: Float(options.alpha), oneMinusAlpha: Float(1 - options.alpha), eps: Float(options.eps),
            momentum: mu > 0 ? Float(mu) : nil)
    }

    /// μ in force; nil when momentum is off (μ = 0 and nothing cycled).
    func momentumInForce(_ scheduled: Double?) -> Double? {
        scheduled ?? (options.momentum != 0 ? options.momentum : nil)
    }

    func segment(rate: Double, _ step: StepValues) -> Float { Float(rate) }

    /// `aᵢ = η / (√vᵢ + ε)`, or `η / (√(vᵢ − ḡᵢ²) + ε)` centred: the factor of `g` in the step
    /// (of `g` entering the momentum buffer when μ > 0).
    public func effectiveRates(into rates: inout [Float]) -> Bool {
        guard squareAverage.count > 0 else { return false }
        let eps = Float(options.eps)
        if options.centered {
            core.effectiveRates(
                LRK_RATES_CENTERED_ROOT, state: squareAverage, average: gradientAverage, eps: eps, into: &rates)
        } else {
            core.effectiveRates(LRK_RATES_ROOT, state: squareAverage, eps: eps, into: &rates)
        }
        return true
    }

    mutating func update(
        _ parameters: inout [Float], _ gradients: [Float], _ range: Range<Int>, decay: Float, _ step: StepValues, _ rate: Float
    ) {
        guard !range.isEmpty else { return }
        let centered = options.centered, hasMomentum = step.momentum != nil
        precondition(range.upperBound <= parameters.count && range.upperBound <= gradients.count)
        precondition(range.upperBound <= squareAverage.count)
        precondition(!centered || range.upperBound <= gradientAverage.count)
        precondition(!hasMomentum || range.upperBound <= buffer.count)
        // The kernel (`lrk_rmsprop_update`) runs the rule above per element, in this order:
        // g; v ← α·v + ((1 − α)·g)·g; ḡ ← ḡ + (1 − α)(g − ḡ); d ← √(v − ḡ·ḡ) or √v, then + ε;
        // b ← μ·b + g/d, θ ← θ − η·b, or θ ← θ − η·(g/d).
        let constants = lrk_rmsprop_constants(
            rate: rate, decay: decay, alpha: step.alpha, one_minus_alpha: step.oneMinusAlpha, eps: step.eps,
            mu: step.momentum ?? 0)
        let path = KernelPath.active.code
        let lower = range.lowerBound
        parameters.withUnsafeMutableBufferPointer { theta in
            gradients.withUnsafeBufferPointer { grad in
                squareAverage.withUnsafeMutableBufferPointer { square in
                    gradientAverage.withUnsafeMutableBufferPointer { average in
                        buffer.withUnsafeMutableBufferPointer { momentum in
                            lrk_rmsprop_update(
                                path, theta.baseAddress! + lower, grad.baseAddress! + lower, square.baseAddress! + lower,
                                centered ? average.baseAddress.map { $0 + lower } : nil,
                                hasMomentum ? momentum.baseAddress.map { $0 + lower } : nil, range.count, constants)
                        }
                    }
                }
            }
        }
    }
}
