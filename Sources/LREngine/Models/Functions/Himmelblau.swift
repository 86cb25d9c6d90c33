/// Himmelblau's function, `f = (x² + y − 11)² + (x + y² − 7)²`: four minima of value 0,
/// one at (3, 2) (see `minima`).
public struct Himmelblau: ObjectiveFunction {
    public init() {}

    public var name: String { "himmelblau" }

    public func validate(dimension: Int) throws(ModelError) {
        guard dimension == 2 else {
            throw ModelError("'himmelblau' needs exactly 2 coordinates, got \(dimension)")
        }
    }

    /// The four minimisers; all but (3, 2) to six decimals (Himmelblau 1972).
    public func minima(dimension: Int) -> [[Double]] {
        [[3, 2], [-2.805118, 3.131312], [-3.779310, -3.283186], [3.584428, -1.848126]]
    }

    public func evaluate(_ point: [Double], gradient: inout [Double]) -> Double {
        let x = point[0], y = point[1]
        let a = x * x + y - 11
        let b = x + y * y - 7
        gradient[0] = 4 * x * a + 2 * b
        gradient[1] = 2 * a + 4 * y * b
        return a * a + b * b
    }
}
