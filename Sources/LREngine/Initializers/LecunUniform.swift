/// LeCun uniform (LeCun et al., 1998, "Efficient BackProp"): U(−b, b) with
/// `b = gain·√(3 / fanIn)`, Var = gain²/fanIn; default gain 1. PyTorch has no `lecun_*`; this
/// is `kaiming_uniform_` with gain 1.
public struct LecunUniform: Initializer {
    public let gain: Double

    public init(gain: Double) { self.gain = gain }

    public func weights(fanOut: Int, fanIn: Int, using stream: inout RandomStream) -> [Float] {
        let bound = gain * (3 / Double(fanIn)).squareRoot()
        return uniformValues(count: fanOut * fanIn, low: -bound, high: bound, stream: &stream)
    }
}
