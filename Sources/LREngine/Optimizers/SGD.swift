import CKernels

/// Stochastic gradient descent with momentum, dampening, Nesterov momentum and L2 weight decay,
/// as `torch.optim.SGD`.
///
/// Per element, with group rate `η = lr · lrScale` and group decay `λ`:
///
///     g ← g + λ·θ
///     b ← g                         (first step)
///     b ← μ·b + (1 − τ)·g           (later steps; τ = dampening)
///     g ← g + μ·b   (nesterov)   or   g ← b   (μ ≠ 0)
///     θ ← θ − η·g
///
/// Source: PyTorch documentation, `torch.optim.SGD` (Sutskever et al., 2013, for Nesterov).
/// A cycled `momentum:` from the schedule replaces `μ` for that step, as `CyclicLR` and
/// `OneCycleLR` do by rewriting the group's momentum.
public struct SGD: ElementwiseOptimizer {
    /// Hyperparameters (torch.optim names); the kind files hold PyTorch's defaults.
    public struct Options: OptimizerOptions {
        /// The base rate a schedule starts from (each step uses the scheduled rate).
        public var lr: Double
        public var momentum, dampening, weightDecay: Double
        public var nesterov: Bool

        public init(lr: Double, momentum: Double, dampening: Double, weightDecay: Double, nesterov: Bool) {
            (self.lr, self.momentum, self.dampening, self.weightDecay, self.nesterov) =
                (lr, momentum, dampening, weightDecay, nesterov)
        }
    }

    public var options: Options
    var core = OptimizerCore()
    private var buffer: [Float] = []
    private var hasBuffer = false

    public init(options: Options) { self.options = options }

    mutating func begin(count: Int, momentum: Double?) -> SGDMomentum {
        let mu = momentum ?? options.momentum
        if mu != 0 && buffer.count != count {
            buffer = zeros(count)
            hasBuffer = false
        }
        let step = SGDMomentum(mu: mu, dampening: options.dampening, nesterov: options.nesterov, first: !hasBuffer)
        if mu != 0 { hasBuffer = true }
        return step
    }

    /// μ in force; nil when momentum is off (μ = 0 and nothing cycled).
    func momentumInForce(_ scheduled: Double?) -> Double? {
        scheduled ?? (options.momentum != 0 ? options.momentum : nil)
    }

    func segment(rate: Double, _ step: SGDMomentum) -> Float { Float(rate) }

    mutating func update(
        _ parameters: inout [Float], _ gradients: [Float], _ range: Range<Int>, decay: Float, _ step: SGDMomentum, _ rate: Float
    ) {
        guard !range.isEmpty else { return }
        precondition(range.upperBound <= parameters.count && range.upperBound <= gradients.count)
        precondition(!step.isOn || range.upperBound <= buffer.count)
        let constants = step.constants(rate: rate, decay: decay)
        let path = KernelPath.active
        parameters.withUnsafeMutableBufferPointer { theta in
            gradients.withUnsafeBufferPointer { grad in
                buffer.withUnsafeMutableBufferPointer { momentum in
                    let lower = range.lowerBound
                    lrk_sgd_update(
                        path.code, theta.baseAddress! + lower, grad.baseAddress! + lower,
                        step.isOn ? momentum.baseAddress! + lower : nil, range.count, constants)
                }
            }
        }
    }
}

/// One step of SGD's momentum rule (`SGD`, `SGDHD`): `b ← g` on the buffer's first step, else
/// `b ← μ·b + (1 − τ)·g`; the direction is `g + μ·b` (Nesterov) or `b`.
struct SGDMomentum {
    /// Off when μ is 0: the direction is the gradient and no buffer is kept.
    let isOn: Bool
    private let mu: Float
    private let keep: Float
    private let nesterov: Bool
    private let first: Bool

    init(mu: Double, dampening: Double, nesterov: Bool, first: Bool) {
        (isOn, self.mu, keep, self.nesterov, self.first) = (mu != 0, Float(mu), Float(1 - dampening), nesterov, first)
    }

    /// The step's constants for the SGD kernel (`lrk_sgd_update`, the same rule per element).
    func constants(rate: Float, decay: Float) -> lrk_sgd_constants {
        lrk_sgd_constants(
            rate: rate, decay: decay, mu: mu, keep: keep, first: first ? 1 : 0, nesterov: nesterov ? 1 : 0)
    }

    /// The direction for gradient `g` and the element's next buffer, from its buffer `b`.
    @inline(__always) func direction(_ g: Float, buffer b: Float) -> (direction: Float, buffer: Float) {
        let next = first ? g : mu * b + keep * g
        return (nesterov ? g + mu * next : next, next)
    }
}
