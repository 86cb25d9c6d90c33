/// The portable GEMM: cache-blocked, register-tiled, over unsafe pointers and `SIMD` vectors.
///
/// `C = α·op(A)·op(B) + β·C` (see `GEMMKernel`). β is applied first, then the product is
/// accumulated block by block over the depth `k` in blocks of `depthBlock`, so the summation
/// order depends only on the shapes: results are bit-for-bit reproducible.
///
/// - `A·B` and `Aᵀ·B`: a 4 × 8 tile of C is held in registers while a row of B (8 wide) is
///   broadcast-multiplied by four entries of op(A) per depth step.
/// - `A·Bᵀ`: both operands are contiguous along the depth, so a 2 × 4 tile of C is built from
///   vector dot products (4 wide), reduced horizontally at the end of each depth block.
/// - `Aᵀ·Bᵀ`: rare in training, plain loops.
///
/// Allocates nothing.
public struct BlockedGEMM: GEMMKernel {
    /// Depth of one block: a 4 × 256 strip of op(A) plus a 256 × 8 strip of B fit in L1.
    static let depthBlock = 256
    /// Rows of op(A) per block, reused across every column strip of B while in L2.
    static let rowBlock = 64

    public init() {}

    public func gemm(
        transposeA: Bool, transposeB: Bool,
        m: Int, n: Int, k: Int,
        alpha: Float,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        guard m > 0, n > 0 else { return }
        scaleForGEMM(c, m: m, n: n, ldc: ldc, beta: beta)
        guard k > 0, alpha != 0 else { return }
        switch (transposeA, transposeB) {
        case (false, false):
            Self.broadcastProduct(
                m: m, n: n, k: k, alpha: alpha, a: a, rowStride: lda, depthStride: 1,
                b: b, ldb: ldb, c: c, ldc: ldc)
        case (true, false):
            Self.broadcastProduct(
                m: m, n: n, k: k, alpha: alpha, a: a, rowStride: 1, depthStride: lda,
                b: b, ldb: ldb, c: c, ldc: ldc)
        case (false, true):
            Self.dotProduct(
                m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb, c: c, ldc: ldc)
        case (true, true):
            Self.bothTransposed(
                m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb, c: c, ldc: ldc)
        }
    }

    typealias Wide = SIMD8<Float>
    typealias Narrow = SIMD4<Float>

    @inline(__always)
    static func loadWide(_ pointer: UnsafePointer<Float>) -> Wide {
        UnsafeRawPointer(pointer).loadUnaligned(as: Wide.self)
    }

    @inline(__always)
    static func loadNarrow(_ pointer: UnsafePointer<Float>) -> Narrow {
        UnsafeRawPointer(pointer).loadUnaligned(as: Narrow.self)
    }

    /// Adds `α·acc` to eight consecutive entries of C.
    @inline(__always)
    static func accumulate(_ acc: Wide, alpha: Float, into c: UnsafeMutablePointer<Float>) {
        let current = loadWide(UnsafePointer(c))
        UnsafeMutableRawPointer(c).storeBytes(of: current + alpha * acc, as: Wide.self)
    }

    /// op(A)·B with op(A)[i, p] = `a[i * rowStride + p * depthStride]`.
    static func broadcastProduct(
        m: Int, n: Int, k: Int, alpha: Float,
        a: UnsafePointer<Float>, rowStride: Int, depthStride: Int,
        b: UnsafePointer<Float>, ldb: Int,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        var p0 = 0
        while p0 < k {
            let p1 = min(p0 + depthBlock, k)
            var i0 = 0
            while i0 < m {
                let i1 = min(i0 + rowBlock, m)
                var j = 0
                while j + 8 <= n {
                    var i = i0
                    while i + 4 <= i1 {
                        var c0 = Wide(), c1 = Wide(), c2 = Wide(), c3 = Wide()
                        var aRow = a + i * rowStride + p0 * depthStride
                        var bRow = b + p0 * ldb + j
                        for _ in p0..<p1 {
                            let bv = loadWide(bRow)
                            c0 += aRow[0] * bv
                            c1 += aRow[rowStride] * bv
                            c2 += aRow[2 * rowStride] * bv
                            c3 += aRow[3 * rowStride] * bv
                            aRow += depthStride
                            bRow += ldb
                        }
                        let cRow = c + i * ldc + j
                        accumulate(c0, alpha: alpha, into: cRow)
                        accumulate(c1, alpha: alpha, into: cRow + ldc)
                        accumulate(c2, alpha: alpha, into: cRow + 2 * ldc)
                        accumulate(c3, alpha: alpha, into: cRow + 3 * ldc)
                        i += 4
                    }
                    while i < i1 {
                        var c0 = Wide()
                        var aRow = a + i * rowStride + p0 * depthStride
                        var bRow = b + p0 * ldb + j
                        for _ in p0..<p1 {
                            c0 += aRow[0] * loadWide(bRow)
                            aRow += depthStride
                            bRow += ldb
                        }
                        accumulate(c0, alpha: alpha, into: c + i * ldc + j)
                        i += 1
                    }
                    j += 8
                }
                if j < n {
                    for i in i0..<i1 {
                        for column in j..<n {
                            var sum: Float = 0
                            for p in p0..<p1 {
                                sum += a[i * rowStride + p * depthStride] * b[p * ldb + column]
                            }
                            c[i * ldc + column] += alpha * sum
                        }
                    }
                }
                i0 = i1
            }
            p0 = p1
        }
    }

    /// A·Bᵀ: C[i, j] += α·Σₚ A[i, p]·B[j, p], both rows contiguous along p.
    static func dotProduct(
        m: Int, n: Int, k: Int, alpha: Float,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        var p0 = 0
        while p0 < k {
            let p1 = min(p0 + depthBlock, k)
            let depth = p1 - p0
            let vectorDepth = depth & ~3
            var i0 = 0
            while i0 < m {
                let i1 = min(i0 + rowBlock, m)
                var j = 0
                while j + 4 <= n {
                    let b0 = b + j * ldb + p0, b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb
                    var i = i0
                    while i + 2 <= i1 {
                        let a0 = a + i * lda + p0, a1 = a0 + lda
                        var s00 = Narrow(), s01 = Narrow(), s02 = Narrow(), s03 = Narrow()
                        var s10 = Narrow(), s11 = Narrow(), s12 = Narrow(), s13 = Narrow()
                        var p = 0
                        while p < vectorDepth {
                            let x0 = loadNarrow(a0 + p), x1 = loadNarrow(a1 + p)
                            let y0 = loadNarrow(b0 + p), y1 = loadNarrow(b1 + p)
                            let y2 = loadNarrow(b2 + p), y3 = loadNarrow(b3 + p)
                            s00 += x0 * y0
                            s01 += x0 * y1
                            s02 += x0 * y2
                            s03 += x0 * y3
                            s10 += x1 * y0
                            s11 += x1 * y1
                            s12 += x1 * y2
                            s13 += x1 * y3
                            p += 4
                        }
                        var t00 = s00.sum(), t01 = s01.sum(), t02 = s02.sum(), t03 = s03.sum()
                        var t10 = s10.sum(), t11 = s11.sum(), t12 = s12.sum(), t13 = s13.sum()
                        while p < depth {
                            t00 += a0[p] * b0[p]
                            t01 += a0[p] * b1[p]
                            t02 += a0[p] * b2[p]
                            t03 += a0[p] * b3[p]
                            t10 += a1[p] * b0[p]
                            t11 += a1[p] * b1[p]
                            t12 += a1[p] * b2[p]
                            t13 += a1[p] * b3[p]
                            p += 1
                        }
                        let c0 = c + i * ldc + j, c1 = c0 + ldc
                        c0[0] += alpha * t00
                        c0[1] += alpha * t01
                        c0[2] += alpha * t02
                        c0[3] += alpha * t03
                        c1[0] += alpha * t10
                        c1[1] += alpha * t11
                        c1[2] += alpha * t12
                        c1[3] += alpha * t13
                        i += 2
                    }
                    while i < i1 {
                        let a0 = a + i * lda + p0
                        let c0 = c + i * ldc + j
                        c0[0] += alpha * dot(a0, b0, depth)
                        c0[1] += alpha * dot(a0, b1, depth)
                        c0[2] += alpha * dot(a0, b2, depth)
                        c0[3] += alpha * dot(a0, b3, depth)
                        i += 1
                    }
                    j += 4
                }
                while j < n {
                    let b0 = b + j * ldb + p0
                    for i in i0..<i1 {
                        c[i * ldc + j] += alpha * dot(a + i * lda + p0, b0, depth)
                    }
                    j += 1
                }
                i0 = i1
            }
            p0 = p1
        }
    }

    /// Σₚ x[p]·y[p] over `count` contiguous entries, four lanes then the tail.
    @inline(__always)
    static func dot(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ count: Int) -> Float {
        var lanes = Narrow()
        var p = 0
        while p + 4 <= count {
            lanes += loadNarrow(x + p) * loadNarrow(y + p)
            p += 4
        }
        var sum = lanes.sum()
        while p < count {
            sum += x[p] * y[p]
            p += 1
        }
        return sum
    }

    /// Aᵀ·Bᵀ: C[i, j] += α·Σₚ A[p, i]·B[j, p].
    static func bothTransposed(
        m: Int, n: Int, k: Int, alpha: Float,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        for i in 0..<m {
            for j in 0..<n {
                var sum: Float = 0
                for p in 0..<k { sum += a[p * lda + i] * b[j * ldb + p] }
                c[i * ldc + j] += alpha * sum
            }
        }
    }
}
