/// Element-wise operations and fixed-order reductions over contiguous Float32 buffers.
///
/// All write into preallocated outputs and allocate nothing; loops are simple enough for the
/// optimiser to vectorise. Reductions run in index order so results never depend on timing.
public enum Elementwise {
    /// `x[i] = value` for `i < count`.
    @inlinable
    public static func fill(_ x: UnsafeMutablePointer<Float>, count: Int, with value: Float) {
        for i in 0..<count { x[i] = value }
    }

    /// `x[i] *= factor`.
    @inlinable
    public static func scale(_ x: UnsafeMutablePointer<Float>, count: Int, by factor: Float) {
        for i in 0..<count { x[i] *= factor }
    }

    /// `y[i] += alpha·x[i]`.
    @inlinable
    public static func axpy(
        _ alpha: Float, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, count: Int
    ) {
        for i in 0..<count { y[i] += alpha * x[i] }
    }

    /// `z[i] = x[i]·y[i]` (z may be x or y).
    @inlinable
    public static func multiply(
        _ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, into z: UnsafeMutablePointer<Float>,
        count: Int
    ) {
        for i in 0..<count { z[i] = x[i] * y[i] }
    }

    /// Adds the row vector `bias` (length `columns`) to every row of the `rows × columns`
    /// row-major matrix `x`.
    @inlinable
    public static func addRowVector(
        _ bias: UnsafePointer<Float>, to x: UnsafeMutablePointer<Float>, rows: Int, columns: Int
    ) {
        for r in 0..<rows {
            let row = x + r * columns
            for j in 0..<columns { row[j] += bias[j] }
        }
    }

    /// `sums[j] = Σᵣ x[r, j]`, rows added in order 0, 1, … (the bias gradient of a dense layer).
    @inlinable
    public static func columnSums(
        of x: UnsafePointer<Float>, rows: Int, columns: Int, into sums: UnsafeMutablePointer<Float>
    ) {
        for j in 0..<columns { sums[j] = 0 }
        for r in 0..<rows {
            let row = x + r * columns
            for j in 0..<columns { sums[j] += row[j] }
        }
    }

    /// Σ x[i]² in Double, in index order.
    @inlinable
    public static func sumOfSquares(_ x: UnsafePointer<Float>, count: Int) -> Double {
        var sum = 0.0
        for i in 0..<count { sum += Double(x[i]) * Double(x[i]) }
        return sum
    }
}
