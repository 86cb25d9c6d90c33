/// A rule that fills one weight tensor `[fanOut, fanIn]` (row-major, PyTorch's layout) from a
/// random stream.
///
/// Fans follow PyTorch's `_calculate_fan_in_and_fan_out` for a 2-D weight: `fanIn` is the
/// number of columns, `fanOut` the number of rows. Draws are made in Double, in row-major
/// order, and rounded to Float, so the same stream gives the same bits everywhere.
public protocol Initializer: Sendable {
    /// Row-major values of a `[fanOut, fanIn]` weight.
    func weights(fanOut: Int, fanIn: Int, using stream: inout RandomStream) -> [Float]

    /// The weight of dense layer `layer` (0 is the one reading the inputs). Defaults to
    /// `weights(fanOut:fanIn:using:)`; data-dependent rules override it.
    func weights(
        layer: Int, fanOut: Int, fanIn: Int, using stream: inout RandomStream
    ) throws(InitializerError) -> [Float]
}

extension Initializer {
    public func weights(
        layer: Int, fanOut: Int, fanIn: Int, using stream: inout RandomStream
    ) throws(InitializerError) -> [Float] {
        weights(fanOut: fanOut, fanIn: fanIn, using: &stream)
    }
}

/// `count` draws of `U(low, high)` rounded to Float.
func uniformValues(count: Int, low: Double, high: Double, stream: inout RandomStream) -> [Float] {
    var values = [Float](repeating: 0, count: count)
    for i in 0..<count { values[i] = Float(stream.uniform(low, high)) }
    return values
}

/// `count` draws of `N(mean, std²)` rounded to Float.
func normalValues(count: Int, mean: Double, std: Double, stream: inout RandomStream) -> [Float] {
    var values = [Float](repeating: 0, count: count)
    for i in 0..<count { values[i] = Float(stream.normal(mean: mean, std: std)) }
    return values
}
