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
public struct Adagrad: Optimizer {
    /// Hyperparameters (torch.optim names); the kind files hold PyTorch's defaults.
    public struct Options: Sendable, Equatable {
        /// The base rate a schedule starts from (each step uses the scheduled rate).
        public var lr: Double
        public var lrDecay, weightDecay, initialAccumulatorValue, eps: Double

        public init(lr: Double, lrDecay: Double, weightDecay: Double, initialAccumulatorValue: Double, eps: Double) {
            (self.lr, self.lrDecay, self.weightDecay, self.initialAccumulatorValue, self.eps) =
                (lr, lrDecay, weightDecay, initialAccumulatorValue, eps)
        }
    }

    public var options: Options
    public var appliedLR: Double { core.appliedLR }
    private var core: OptimizerCore
    private var sum: [Float] = []
    private var stepCount = 0

    public init(options: Options) {
        self.options = options
        core = OptimizerCore(lr: options.lr)
    }

    public mutating func step(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) {
        let segments = core.begin(groups: groups, count: parameters.count, weightDecay: options.weightDecay, lr: lr)
        if sum.count != parameters.count {
            sum = [Float](
                repeating: Float(options.initialAccumulatorValue), count: parameters.count)
            stepCount = 0
        }
        stepCount += 1
        let eps = Float(options.eps)
        for segment in segments {
            let clr = lr * segment.lrScale / (1 + Double(stepCount - 1) * options.lrDecay)
            let rate = Float(clr)
            let decay = Float(segment.weightDecay)
            for i in segment.range {
                let g = decayed(gradients[i], parameters[i], decay)
                let s = sum[i] + g * g
                sum[i] = s
                parameters[i] -= rate * (g / (s.squareRoot() + eps))
            }
        }
    }
}
