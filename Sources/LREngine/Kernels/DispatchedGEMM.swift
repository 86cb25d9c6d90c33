import CKernels

/// lrlab's GEMM: packed, register-blocked micro-kernels for AVX-512, AVX2+FMA and a portable
/// path, chosen at start-up (`KernelPath.active`) or fixed by the caller.
///
/// Every element of C is computed as: per depth block of 256, `acc = fma(a, b, acc)` in
/// increasing depth order from zero, then `C = fma(α, acc, C)`; β is applied first as in BLAS.
/// Nothing is reduced across vector lanes, so every path gives the same bits. Allocates
/// nothing after each thread's first call (its packing buffers have a fixed size).
public struct DispatchedGEMM: GEMMKernel {
    /// nil: whatever `KernelPath.active` is when called.
    public let path: KernelPath?

    public init(path: KernelPath? = nil) {
        self.path = path
    }

    public func gemm(
        transposeA: Bool, transposeB: Bool,
        m: Int, n: Int, k: Int,
        alpha: Float,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        lrk_sgemm(
            (path ?? KernelPath.active).code, transposeA ? 1 : 0, transposeB ? 1 : 0,
            m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
    }
}
