/// `nn.init.zeros_`: every weight 0 (draws nothing from the stream).
public struct Zeros: Initializer {
    public init() {}

    public func weights(fanOut: Int, fanIn: Int, using stream: inout RandomStream) -> [Float] {
        [Float](repeating: 0, count: fanOut * fanIn)
    }
}
