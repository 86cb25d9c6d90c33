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
public struct SGD: Optimizer {
    /// Hyperparameters (torch.optim names); the kind files hold PyTorch's defaults.
    public struct Options: Sendable, Equatable {
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
    public var appliedLR: Double { core.appliedLR }
    private var core: OptimizerCore
    private var buffer: [Float] = []
    private var hasBuffer = false

    public init(options: Options) {
        self.options = options
        core = OptimizerCore(lr: options.lr)
    }

    public mutating func step(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) {
        let segments = core.begin(groups: groups, count: parameters.count, weightDecay: options.weightDecay, lr: lr)
        let mu = momentum ?? options.momentum
        if mu != 0 && buffer.count != parameters.count {
            buffer = zeros(parameters.count)
            hasBuffer = false
        }
        let mu32 = Float(mu)
        let keep = Float(1 - options.dampening)
        let first = !hasBuffer
        for segment in segments {
            let rate = Float(lr * segment.lrScale)
            let decay = Float(segment.weightDecay)
            for i in segment.range {
                var g = decayed(gradients[i], parameters[i], decay)
                if mu != 0 {
                    let b = first ? g : mu32 * buffer[i] + keep * g
                    buffer[i] = b
                    g = options.nesterov ? g + mu32 * b : b
                }
                parameters[i] -= rate * g
            }
        }
        if mu != 0 { hasBuffer = true }
    }
}
