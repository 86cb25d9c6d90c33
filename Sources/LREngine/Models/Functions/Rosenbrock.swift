/// Rosenbrock's banana valley, `f = Σᵢ (1 − xᵢ)² + 100·(xᵢ₊₁ − xᵢ²)²` over consecutive pairs
/// (the 2-D form `(1 − x)² + 100(y − x²)²` when n = 2). Minimum 0 at (1, …, 1).
public struct Rosenbrock: ObjectiveFunction {
    public init() {}

    public var name: String { "rosenbrock" }

    public func validate(dimension: Int) throws(ModelError) {
        guard dimension >= 2 else {
            throw ModelError("'rosenbrock' needs at least 2 coordinates, got \(dimension)")
        }
    }

    public func minima(dimension: Int) -> [[Double]] { [Array(repeating: 1, count: max(dimension, 0))] }

    public func evaluate(_ x: [Double], gradient: inout [Double]) -> Double {
        for i in gradient.indices { gradient[i] = 0 }
        var value = 0.0
        for i in 0..<(x.count - 1) {
            let offset = 1 - x[i]
            let valley = x[i + 1] - x[i] * x[i]
            value += offset * offset + 100 * valley * valley
            gradient[i] += -2 * offset - 400 * x[i] * valley
            gradient[i + 1] += 200 * valley
        }
        return value
    }
}
