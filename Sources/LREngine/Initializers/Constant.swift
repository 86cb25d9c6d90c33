/// `nn.init.constant_(value)`: every weight `value` (draws nothing from the stream).
public struct Constant: Initializer {
    public let value: Double

    public init(value: Double) { self.value = value }

    public func weights(fanOut: Int, fanIn: Int, using stream: inout RandomStream) -> [Float] {
        [Float](repeating: Float(value), count: fanOut * fanIn)
    }
}
