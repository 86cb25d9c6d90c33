/// `nn.init.kaiming_uniform_` with `mode='fan_in'` (He et al., 2015): U(−b, b) with
/// `b = gain·√(3 / fanIn)`. The default gain √2 is PyTorch's for `a = 0`
/// (`nonlinearity='leaky_relu'` with slope 0, i.e. ReLU); pass `Activation.gain` to match
/// another non-linearity.
public struct HeUniform: Initializer {
    public let gain: Double

    public init(gain: Double) { self.gain = gain }

    public func weights(fanOut: Int, fanIn: Int, using stream: inout RandomStream) -> [Float] {
        let bound = gain * (3 / Double(fanIn)).squareRoot()
        return uniformValues(count: fanOut * fanIn, low: -bound, high: bound, stream: &stream)
    }
}
