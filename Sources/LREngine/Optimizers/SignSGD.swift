/// signSGD (Bernstein et al., 2018): θ ← θ − η·sign(g).
public struct SignSGD: Optimizer {
    public struct Options: Sendable, Equatable {
        public var lr: Double
        public init(lr: Double) { self.lr = lr }
    }

    public var options: Options
    public private(set) var appliedLR: Double
    private var segments = ParameterSegments()

    public init(options: Options) {
        self.options = options
        appliedLR = options.lr
    }

    public mutating func step(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?, groups: [ParameterGroup]
    ) {
        segments.update(groups: groups, count: parameters.count, weightDecay: 0)
        appliedLR = lr
        for segment in segments.segments {
            let rate = Float(lr * segment.lrScale)
            for i in segment.range where gradients[i] != 0 {
                parameters[i] -= gradients[i] > 0 ? rate : -rate
            }
        }
    }
}
