/// `nn.init.kaiming_normal_` with `mode='fan_in'` (He et al., 2015): N(0, std²) with
/// `std = gain / √fanIn`; default gain √2 (PyTorch's `a = 0`).
public struct HeNormal: Initializer {
    public let gain: Double

    public init(gain: Double) { self.gain = gain }

    public func weights(fanOut: Int, fanIn: Int, using stream: inout RandomStream) -> [Float] {
        let std = gain / Double(fanIn).squareRoot()
        return normalValues(count: fanOut * fanIn, mean: 0, std: std, stream: &stream)
    }
}
