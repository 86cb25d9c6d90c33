/// `nn.init.xavier_normal_` (Glorot & Bengio, 2010): N(0, std²) with
/// `std = gain·√(2 / (fanIn + fanOut))`. Default gain 1.
public struct XavierNormal: Initializer {
    public let gain: Double

    public init(gain: Double) { self.gain = gain }

    public func weights(fanOut: Int, fanIn: Int, using stream: inout RandomStream) -> [Float] {
        let std = gain * (2 / Double(fanIn + fanOut)).squareRoot()
        return normalValues(count: fanOut * fanIn, mean: 0, std: std, stream: &stream)
    }
}
