#ifndef LRLAB_CKERNELS_H
#define LRLAB_CKERNELS_H

#include <stddef.h>

/// The instruction-set paths lrlab's kernels are compiled for. Every path computes every output
/// element with the same sequence of IEEE operations, so the results are bit-identical.
typedef enum {
    LRK_PATH_PORTABLE = 0,
    LRK_PATH_AVX2 = 1,
    LRK_PATH_AVX512 = 2,
} lrk_path;

/// 1 when this CPU (and OS) can run `path`, else 0.
int lrk_path_available(int path);

/// The fastest path this CPU can run, detected once.
int lrk_best_path(void);

/// `C = alpha·op(A)·op(B) + beta·C` over row-major storage (see `GEMMKernel`), on `path`
/// (which must be available). Products accumulate with fused multiply-adds in depth blocks of
/// `LRK_DEPTH_BLOCK`, each block added to C as `fma(alpha, block, C)`.
void lrk_sgemm(
    int path, int transpose_a, int transpose_b,
    ptrdiff_t m, ptrdiff_t n, ptrdiff_t k,
    float alpha, const float *a, ptrdiff_t lda,
    const float *b, ptrdiff_t ldb,
    float beta, float *c, ptrdiff_t ldc);

/// Measures the single-core FP32 peak of `path` in GFLOP/s: independent chains of fused
/// multiply-adds over registers for about `seconds`.
double lrk_measure_peak_gflops(int path, double seconds);

/// The value of environment variable `name`, or NULL (read without Foundation).
const char *lrk_environment(const char *name);

/// The depth block of every GEMM path (part of the arithmetic: fixed, never tuned per path).
enum { LRK_DEPTH_BLOCK = 256 };

#endif
