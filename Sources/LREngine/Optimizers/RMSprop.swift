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
    /// Hyperparameters, with PyTorch's defaults.
    public struct Options: Sendable, Equatable {
        /// The base rate a schedule starts from (each step uses the scheduled rate).
        public var lr: Double
        public var alpha: Double
        public var eps: Double
        public var weightDecay: Double
        public var momentum: Double
        public var centered: Bool

        public init(
            lr: Double = 1e-2, alpha: Double = 0.99, eps: Double = 1e-8, weightDecay: Double = 0,
            momentum: Double = 0, centered: Bool = false
        ) {
            self.lr = lr
            self.alpha = alpha
            self.eps = eps
            self.weightDecay = weightDecay
            self.momentum = momentum
            self.centered = centered
        }
    }

    public var options: Options
    public private(set) var appliedLR: Double
    private var segments = ParameterSegments()
    private var squareAverage: [Float] = []
    private var gradientAverage: [Float] = []
    private var buffer: [Float] = []

    public init(options: Options = Options()) {
        self.options = options
        self.appliedLR = options.lr
    }

    public mutating func step(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) {
        segments.update(groups: groups, count: parameters.count, weightDecay: options.weightDecay)
        appliedLR = lr
        let n = parameters.count
        if squareAverage.count != n { squareAverage = [Float](repeating: 0, count: n) }
        if options.centered && gradientAverage.count != n {
            gradientAverage = [Float](repeating: 0, count: n)
        }
        let mu = momentum ?? options.momentum
        if mu > 0 && buffer.count != n { buffer = [Float](repeating: 0, count: n) }
        let alpha = Float(options.alpha)
        let oneMinusAlpha = Float(1 - options.alpha)
        let eps = Float(options.eps)
        let mu32 = Float(mu)
        for segment in segments.segments {
            let rate = Float(lr * segment.lrScale)
            let decay = Float(segment.weightDecay)
            for i in segment.range {
                var g = gradients[i]
                if decay != 0 { g += decay * parameters[i] }
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
