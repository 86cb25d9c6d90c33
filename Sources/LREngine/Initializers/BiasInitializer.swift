/// How a dense layer's bias `[fanOut]` starts.
public enum BiasInitializer: Sendable, Equatable {
    /// Every bias 0 (the default).
    case zeros
    /// Every bias the same value.
    case constant(Double)
    /// PyTorch's `nn.Linear.reset_parameters`: U(−1/√fanIn, 1/√fanIn).
    case uniformFanIn

    /// The bias values of a layer with `fanIn` inputs and `fanOut` outputs.
    public func values(fanOut: Int, fanIn: Int, using stream: inout RandomStream) -> [Float] {
        switch self {
        case .zeros:
            return [Float](repeating: 0, count: fanOut)
        case .constant(let value):
            return [Float](repeating: Float(value), count: fanOut)
        case .uniformFanIn:
            let bound = fanIn > 0 ? 1 / Double(fanIn).squareRoot() : 0
            return uniformValues(count: fanOut, low: -bound, high: bound, stream: &stream)
        }
    }
}
