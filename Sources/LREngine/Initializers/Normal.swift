/// `nn.init.normal_(mean, std)`: weights drawn from N(mean, std²); defaults 0 and 1.
public struct Normal: Initializer {
    public let mean: Double
    public let std: Double

    public init(mean: Double, std: Double) {
        self.mean = mean
        self.std = std
    }

    public func weights(fanOut: Int, fanIn: Int, using stream: inout RandomStream) -> [Float] {
        normalValues(count: fanOut * fanIn, mean: mean, std: std, stream: &stream)
    }
}
