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
public struct RMSprop: Optimizer {
    /// Hyperparameters (torch.optim names); the kind files hold PyTorch's defaults.
    public struct Options: Sendable, Equatable {
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
    public var appliedLR: Double { core.appliedLR }
    private var core: OptimizerCore
    private var squareAverage: [Float] = []
    private var gradientAverage: [Float] = []
    private var buffer: [Float] = []

    public init(options: Options) {
        self.options = options
        core = OptimizerCore(lr: options.lr)
    }

    public mutating func step(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) {
        let segments = core.begin(groups: groups, count: parameters.count, weightDecay: options.weightDecay, lr: lr)
        let n = parameters.count
        if squareAverage.count != n { squareAverage = zeros(n) }
        if options.centered && gradientAverage.count != n {
            gradientAverage = zeros(n)
        }
        let mu = momentum ?? options.momentum
        if mu > 0 && buffer.count != n { buffer = zeros(n) }
        let alpha = Float(options.alpha)
        let oneMinusAlpha = Float(1 - options.alpha)
        let eps = Float(options.eps)
        let mu32 = Float(mu)
        for segment in segments {
            let rate = Float(lr * segment.lrScale)
            let decay = Float(segment.weightDecay)
            for i in segment.range {
                let g = decayed(gradients[i], parameters[i], decay)
                let v = alpha * squareAverage[i] + oneMinusAlpha * g * g
                squareAverage[i] = v
                var denominator: Float
                if options.centered {
                    // PyTorch's lerp: ḡ + (1 − α)(g − ḡ).
                    let a = gradientAverage[i] + oneMinusAlpha * (g - gradientAverage[i])
                    gradientAverage[i] = a
                    denominator = (v - a * a).squareRoot()
                } else {
                    denominator = v.squareRoot()
                }
                denominator += eps
                if mu > 0 {
                    let b = mu32 * buffer[i] + g / denominator
                    buffer[i] = b
                    parameters[i] -= rate * b
                } else {
                    parameters[i] -= rate * (g / denominator)
                }
            }
        }
    }
}
