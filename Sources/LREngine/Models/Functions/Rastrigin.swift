/// Rastrigin's function, `f = 10n + Σᵢ (xᵢ² − 10·cos 2πxᵢ)`: a bowl covered in local minima.
/// Global minimum 0 at the origin.
public struct Rastrigin: ObjectiveFunction {
    public init() {}

    public var name: String { "rastrigin" }

    public func validate(dimension: Int) throws(ModelError) {
        guard dimension >= 1 else { throw ModelError("'rastrigin' needs at least 1 coordinate") }
    }

    public func minima(dimension: Int) -> [[Double]] { [Array(repeating: 0, count: max(dimension, 0))] }

    public func evaluate(_ x: [Double], gradient: inout [Double]) -> Double {
        var value = 10 * Double(x.count)
        for i in x.indices {
            let angle = 2 * Double.pi * x[i]
            value += x[i] * x[i] - 10 * libmCos(angle)
            gradient[i] = 2 * x[i] + 20 * Double.pi * libmSin(angle)
        }
        return value
    }
}
