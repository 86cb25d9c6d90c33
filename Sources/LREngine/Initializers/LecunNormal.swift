/// LeCun normal (LeCun et al., 1998): N(0, std²) with `std = gain / √fanIn`; default gain 1.
/// An untruncated normal (JAX's `lecun_normal` truncates at two standard deviations).
public struct LecunNormal: Initializer {
    public let gain: Double

    public init(gain: Double) { self.gain = gain }

    public func weights(fanOut: Int, fanIn: Int, using stream: inout RandomStream) -> [Float] {
        let std = gain / Double(fanIn).squareRoot()
        return normalValues(count: fanOut * fanIn, mean: 0, std: std, stream: &stream)
    }
}
