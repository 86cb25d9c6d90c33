/// `nn.init.xavier_uniform_` (Glorot & Bengio, 2010): U(−a, a) with
/// `a = gain·√(6 / (fanIn + fanOut))`, so Var = gain²·2/(fanIn + fanOut). Default gain 1.
public struct XavierUniform: Initializer {
    public let gain: Double

    public init(gain: Double) { self.gain = gain }

    public func weights(fanOut: Int, fanIn: Int, using stream: inout RandomStream) -> [Float] {
        let bound = gain * (6 / Double(fanIn + fanOut)).squareRoot()
        return uniformValues(count: fanOut * fanIn, low: -bound, high: bound, stream: &stream)
    }
}
