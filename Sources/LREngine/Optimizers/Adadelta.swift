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
public struct Adadelta: Optimizer {
    /// Hyperparameters (torch.optim names); the kind files hold PyTorch's defaults.
    public struct Options: Sendable, Equatable {
        /// The base rate a schedule starts from (each step uses the scheduled rate).
        public var lr: Double
        public var rho, eps, weightDecay: Double

        public init(lr: Double, rho: Double, eps: Double, weightDecay: Double) {
            (self.lr, self.rho, self.eps, self.weightDecay) =
                (lr, rho, eps, weightDecay)
        }
    }

    public var options: Options
    public var appliedLR: Double { core.appliedLR }
    private var core: OptimizerCore
    private var squareAverage: [Float] = []
    private var deltaAverage: [Float] = []

    public init(options: Options) {
        self.options = options
        core = OptimizerCore(lr: options.lr)
    }

    public mutating func step(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) {
        let segments = core.begin(groups: groups, count: parameters.count, weightDecay: options.weightDecay, lr: lr)
        if squareAverage.count != parameters.count {
            squareAverage = zeros(parameters.count)
            deltaAverage = zeros(parameters.count)
        }
        let rho = Float(options.rho)
        let oneMinusRho = Float(1 - options.rho)
        let eps = Float(options.eps)
        for segment in segments {
            let rate = Float(lr * segment.lrScale)
            let decay = Float(segment.weightDecay)
            for i in segment.range {
                let g = decayed(gradients[i], parameters[i], decay)
                let v = rho * squareAverage[i] + oneMinusRho * (g * g)
                squareAverage[i] = v
                let delta = (deltaAverage[i] + eps).squareRoot() / (v + eps).squareRoot() * g
                deltaAverage[i] = rho * deltaAverage[i] + oneMinusRho * (delta * delta)
                parameters[i] -= rate * delta
            }
        }
    }
}
