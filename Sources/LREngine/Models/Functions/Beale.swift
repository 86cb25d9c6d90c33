/// Beale's function, `f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²`.
/// Minimum 0 at (3, 0.5).
public struct Beale: ObjectiveFunction {
    public init() {}

    public var name: String { "beale" }

    public func validate(dimension: Int) throws(ModelError) {
        guard dimension == 2 else {
            throw ModelError("'beale' needs exactly 2 coordinates, got \(dimension)")
        }
    }

    public func minima(dimension: Int) -> [[Double]] { [[3, 0.5]] }

    public func evaluate(_ point: [Double], gradient: inout [Double]) -> Double {
        let x = point[0], y = point[1]
        let t1 = 1.5 - x + x * y
        let t2 = 2.25 - x + x * y * y
        let t3 = 2.625 - x + x * y * y * y
        gradient[0] = 2 * t1 * (y - 1) + 2 * t2 * (y * y - 1) + 2 * t3 * (y * y * y - 1)
        gradient[1] = 2 * t1 * x + 2 * t2 * (2 * x * y) + 2 * t3 * (3 * x * y * y)
        return t1 * t1 + t2 * t2 + t3 * t3
    }
}
