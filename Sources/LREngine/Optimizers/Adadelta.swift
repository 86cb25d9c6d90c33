import CKernels

/// Adadelta (Zeiler, 2012, "ADADELTA: An Adaptive Learning Rate Method"), as
/// `torch.optim.Adadelta`.
///
/// Per element, with group rate `η = lr · lrScale` and group decay `λ`:
///
///     g ← g + λ·θ
///     v ← ρ·v + (1 − ρ)·g²
///     Δ ← √(u + ε) / √(v + ε) · g
///     u ← ρ·u + (1 − ρ)·Δ²
///     θ ← θ − η·Δ
///
/// Source: PyTorch documentation, `torch.optim.Adadelta` (`lr` scales the delta; default 1).
public struct Adadelta: ElementwiseOptimizer {
    /// Hyperparameters (torch.optim names); the kind files hold PyTorch's defaults.
    public struct Options: OptimizerOptions {
        /// The base rate a schedule starts from (each step uses the scheduled rate).
        public var lr: Double
        public var rho, eps, weightDecay: Double

        public init(lr: Double, rho: Double, eps: Double, weightDecay: Double) {
            (self.lr, self.rho, self.eps, self.weightDecay) =
                (lr, rho, eps, weightDecay)
        }
    }

    public var options: Options
    var core = OptimizerCore()
    private var squareAverage: [Float] = []
    private var deltaAverage: [Float] = []
    /// `√(u + ε) / √(v + ε)` of the last step, per element (u is overwritten by the step).
    private var lastRatio: [Float] = []

    public init(options: Options) { self.options = options }

    /// ρ, 1 − ρ and ε in Float.
    mutating func begin(count: Int, momentum: Double?) -> (rho: Float, oneMinusRho: Float, eps: Float) {
        if squareAverage.count != count {
            squareAverage = zeros(count)
            deltaAverage = zeros(count)
            lastRatio = zeros(count)
        }
        return (Float(options.rho), Float(1 - options.rho), Float(options.eps))
    }

    func segment(rate: Double, _ step: (rho: Float, oneMinusRho: Float, eps: Float)) -> Float { Float(rate) }

    /// `aᵢ = η·√(uᵢ + ε) / √(vᵢ + ε)` with the `u` before the last step: the factor of `g`.
    public func effectiveRates(into rates: inout [Float]) -> Bool {
        guard lastRatio.count > 0 else { return false }
        core.effectiveRates(LRK_RATES_PRODUCT, state: lastRatio, into: &rates)
        return true
    }

    mutating func update(
        _ parameters: inout [Float], _ gradients: [Float], _ range: Range<Int>, decay: Float, _ step: (rho: Float, oneMinusRho: Float, eps: Float), _ rate: Float
    ) {
        guard !range.isEmpty else { return }
        precondition(range.upperBound <= parameters.count && range.upperBound <= gradients.count)
        precondition(range.upperBound <= squareAverage.count && range.upperBound <= deltaAverage.count)
        precondition(range.upperBound <= lastRatio.count)
        // The kernel (`lrk_adadelta_update`) runs, per element: g; v ← ρ·v + (1 − ρ)·(g·g);
        // r ← √(Δ + ε) / √(v + ε); d ← r·g; Δ ← ρ·Δ + (1 − ρ)·(d·d); θ ← θ − η·d.
        let path = KernelPath.active.code
        let lower = range.lowerBound
        parameters.withUnsafeMutableBufferPointer { theta in
            gradients.withUnsafeBufferPointer { grad in
                squareAverage.withUnsafeMutableBufferPointer { square in
                    deltaAverage.withUnsafeMutableBufferPointer { delta in
                        lastRatio.withUnsafeMutableBufferPointer { ratio in
                            lrk_adadelta_update(
                                path, theta.baseAddress! + lower, grad.baseAddress! + lower, square.baseAddress! + lower,
                                delta.baseAddress! + lower, ratio.baseAddress! + lower, range.count, rate, decay,
                                step.rho, step.oneMinusRho, step.eps)
                        }
                    }
                }
            }
        }
    }
}
