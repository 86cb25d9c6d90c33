/// `nn.init.uniform_(a, b)`: weights drawn from U(a, b); PyTorch's defaults a = 0, b = 1.
public struct Uniform: Initializer {
    public let low: Double
    public let high: Double

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    public func weights(fanOut: Int, fanIn: Int, using stream: inout RandomStream) -> [Float] {
        uniformValues(count: fanOut * fanIn, low: low, high: high, stream: &stream)
    }
}
