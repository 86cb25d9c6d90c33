/// A separable quadratic bowl, `f = ½·Σᵢ sᵢ·xᵢ²` with per-axis curvatures `scales`
/// (their ratio is the condition number). Minimum 0 at the origin.
public struct Quadratic: ObjectiveFunction {
    public let scales: [Double]

    public init(scales: [Double]) { self.scales = scales }

    public var name: String { "quadratic" }

    public func validate(dimension: Int) throws(ModelError) {
        guard dimension >= 1 else { throw ModelError("'quadratic' needs at least 1 coordinate") }
        guard scales.count == dimension else {
            throw ModelError(
                "'scales' has \(scales.count) entries for a \(dimension)-coordinate start")
        }
        guard scales.allSatisfy({ $0.isFinite }) else {
            throw ModelError("'scales' must be finite")
        }
    }

    public func minima(dimension: Int) -> [[Double]] { [Array(repeating: 0, count: max(dimension, 0))] }

    public func evaluate(_ x: [Double], gradient: inout [Double]) -> Double {
        var value = 0.0
        for i in x.indices {
            value += 0.5 * scales[i] * x[i] * x[i]
            gradient[i] = scales[i] * x[i]
        }
        return value
    }
}
