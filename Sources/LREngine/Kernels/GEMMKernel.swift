/// A general matrix multiply, `C = α·op(A)·op(B) + β·C`, over row-major Float32 storage.
///
/// `op(A)` is `m × k` (A is stored `m × k`, or `k × m` when `transposeA`), `op(B)` is `k × n`
/// (B stored `k × n`, or `n × k` when `transposeB`), C is `m × n`. `lda`, `ldb`, `ldc` are the
/// row strides of the stored matrices. As in BLAS, `β = 0` overwrites C without reading it
/// (NaN in C does not survive). Models call GEMM only through this protocol, so a faster
/// implementation (a platform BLAS, a tuned micro-kernel) replaces `BlockedGEMM` by
/// conforming to it. Implementations must be deterministic: the same shapes and inputs give
/// the same bits, whatever the machine's load.
public protocol GEMMKernel: Sendable {
    func gemm(
        transposeA: Bool, transposeB: Bool,
        m: Int, n: Int, k: Int,
        alpha: Float,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int
    )
}

extension GEMMKernel {
    /// `C = α·op(A)·op(B) + β·C` on matrices; shapes must agree (checked by the caller).
    public func multiply(
        _ a: Matrix, transposeA: Bool = false,
        _ b: Matrix, transposeB: Bool = false,
        into c: inout Matrix,
        alpha: Float = 1, beta: Float = 0
    ) {
        let m = transposeA ? a.columns : a.rows
        let k = transposeA ? a.rows : a.columns
        let n = transposeB ? b.rows : b.columns
        precondition(
            (transposeB ? b.columns : b.rows) == k && c.rows == m && c.columns == n,
            "gemm shapes do not agree")
        a.storage.withUnsafeBufferPointer { aBuffer in
            b.storage.withUnsafeBufferPointer { bBuffer in
                c.storage.withUnsafeMutableBufferPointer { cBuffer in
                    guard let aBase = aBuffer.baseAddress, let bBase = bBuffer.baseAddress,
                        let cBase = cBuffer.baseAddress
                    else { return }
                    gemm(
                        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                        alpha: alpha, a: aBase, lda: a.columns, b: bBase, ldb: b.columns,
                        beta: beta, c: cBase, ldc: c.columns)
                }
            }
        }
    }
}

/// Applies `β` to C the way BLAS does: `β = 0` clears C, `β = 1` leaves it alone.
@inline(__always)
func scaleForGEMM(_ c: UnsafeMutablePointer<Float>, m: Int, n: Int, ldc: Int, beta: Float) {
    if beta == 1 { return }
    for i in 0..<m {
        let row = c + i * ldc
        if beta == 0 {
            for j in 0..<n { row[j] = 0 }
        } else {
            for j in 0..<n { row[j] *= beta }
        }
    }
}
