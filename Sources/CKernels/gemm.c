// lrlab's GEMM: one blocked driver, packing, and a register-blocked micro-kernel per path.
//
// Every output element is computed the same way on every path: per depth block of
// LRK_DEPTH_BLOCK, acc = 0; acc = fma(a[i,p], b[p,j], acc) for p in increasing order; then
// C[i,j] = fma(alpha, acc, C[i,j]). Vector paths only put independent elements side by side in
// lanes; nothing is reduced across lanes, and nothing is contracted by the compiler.
#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

#include "CKernels.h"
#include "kernels_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

// Rows of op(A) per packed block and columns of op(B) per packed block (multiples of every
// path's MR and NR). They change only where the work is done, never the arithmetic.
enum { ROW_BLOCK = 96, COLUMN_BLOCK = 256 };

// The packing buffers of this thread, allocated once at their fixed maximum size.
static _Thread_local float *packed_a;
static _Thread_local float *packed_b;

static int ensure_buffers(void) {
    if (packed_a && packed_b) return 1;
    packed_a = aligned_alloc(64, sizeof(float) * ROW_BLOCK * LRK_DEPTH_BLOCK);
    packed_b = aligned_alloc(64, sizeof(float) * COLUMN_BLOCK * LRK_DEPTH_BLOCK);
    return packed_a && packed_b;
}

// The portable row packer: one source row at a time, read contiguously.
static void pack_rows_portable(const float *src, ptrdiff_t ld, ptrdiff_t rows, ptrdiff_t kc,
                               int width, float *out) {
    for (ptrdiff_t s = 0; s < rows; s++) {
        const float *row = src + s * ld;
        for (ptrdiff_t p = 0; p < kc; p++) out[p * width + s] = row[p];
    }
    for (ptrdiff_t s = rows; s < width; s++) {
        for (ptrdiff_t p = 0; p < kc; p++) out[p * width + s] = 0;
    }
}

// Packs op(A)[i0 ..< i0+mc, p0 ..< p0+kc] into panels of `mr` rows: panel[p * mr + r],
// rows past mc are zero. Each source row is read contiguously (A untransposed: along p;
// transposed: along i), whatever the panel's order of writes.
static void pack_a(const float *a, ptrdiff_t lda, int transpose_a, ptrdiff_t i0, ptrdiff_t mc,
                   ptrdiff_t p0, ptrdiff_t kc, int mr, lrk_row_packer pack_rows, float *out) {
    for (ptrdiff_t ir = 0; ir < mc; ir += mr) {
        ptrdiff_t rows = mc - ir < mr ? mc - ir : mr;
        if (transpose_a) {
            for (ptrdiff_t p = 0; p < kc; p++) {
                float *dst = out + p * mr;
                const float *src = a + (p0 + p) * lda + i0 + ir;
                for (ptrdiff_t r = 0; r < rows; r++) dst[r] = src[r];
                for (ptrdiff_t r = rows; r < mr; r++) dst[r] = 0;
            }
        } else {
            pack_rows(a + (i0 + ir) * lda + p0, lda, rows, kc, mr, out);
        }
        out += kc * mr;
    }
}

// Packs op(B)[p0 ..< p0+kc, j0 ..< j0+nc] into panels of `nr` columns: panel[p * nr + s],
// columns past nc are zero. B transposed is read along its rows (contiguous in p).
static void pack_b(const float *b, ptrdiff_t ldb, int transpose_b, ptrdiff_t j0, ptrdiff_t nc,
                   ptrdiff_t p0, ptrdiff_t kc, int nr, lrk_row_packer pack_rows, float *out) {
    for (ptrdiff_t jr = 0; jr < nc; jr += nr) {
        ptrdiff_t columns = nc - jr < nr ? nc - jr : nr;
        if (transpose_b) {
            pack_rows(b + (j0 + jr) * ldb + p0, ldb, columns, kc, nr, out);
        } else {
            // A row of at most `nr` floats: a plain loop, cheaper than a memcpy call.
            for (ptrdiff_t p = 0; p < kc; p++) {
                float *restrict dst = out + p * nr;
                const float *restrict src = b + (p0 + p) * ldb + j0 + jr;
                for (ptrdiff_t s = 0; s < columns; s++) dst[s] = src[s];
                for (ptrdiff_t s = columns; s < nr; s++) dst[s] = 0;
            }
        }
        out += kc * nr;
    }
}

// The portable micro-kernel: 4 × 8 accumulators, `fmaf` (exact on every IEEE machine).
enum { PORTABLE_MR = 4, PORTABLE_NR = 8 };

static void micro_portable(ptrdiff_t kc, const float *ap, const float *bp, float *c,
                           ptrdiff_t ldc, float alpha, int mr, int nr, int overwrite) {
    float acc[PORTABLE_MR][PORTABLE_NR] = {{0}};
    for (ptrdiff_t p = 0; p < kc; p++) {
        const float *av = ap + p * PORTABLE_MR, *bv = bp + p * PORTABLE_NR;
        for (int r = 0; r < PORTABLE_MR; r++) {
            for (int s = 0; s < PORTABLE_NR; s++) acc[r][s] = fmaf(av[r], bv[s], acc[r][s]);
        }
    }
    for (int r = 0; r < mr; r++) {
        float *row = c + r * ldc;
        for (int s = 0; s < nr; s++) row[s] = fmaf(alpha, acc[r][s], overwrite ? 0.0f : row[s]);
    }
}

static void scale_c(float *c, ptrdiff_t m, ptrdiff_t n, ptrdiff_t ldc, float beta) {
    if (beta == 1) return;
    for (ptrdiff_t i = 0; i < m; i++) {
        float *row = c + i * ldc;
        if (beta == 0) {
            for (ptrdiff_t j = 0; j < n; j++) row[j] = 0;
        } else {
            for (ptrdiff_t j = 0; j < n; j++) row[j] *= beta;
        }
    }
}

// Without packing buffers (out of memory) the product is still computed, element by element,
// with the same arithmetic.
static void gemm_unpacked(int transpose_a, int transpose_b, ptrdiff_t m, ptrdiff_t n,
                          ptrdiff_t k, float alpha, const float *a, ptrdiff_t lda,
                          const float *b, ptrdiff_t ldb, float *c, ptrdiff_t ldc) {
    for (ptrdiff_t p0 = 0; p0 < k; p0 += LRK_DEPTH_BLOCK) {
        ptrdiff_t p1 = p0 + LRK_DEPTH_BLOCK < k ? p0 + LRK_DEPTH_BLOCK : k;
        for (ptrdiff_t i = 0; i < m; i++) {
            for (ptrdiff_t j = 0; j < n; j++) {
                float acc = 0;
                for (ptrdiff_t p = p0; p < p1; p++) {
                    float x = transpose_a ? a[p * lda + i] : a[i * lda + p];
                    float y = transpose_b ? b[j * ldb + p] : b[p * ldb + j];
                    acc = fmaf(x, y, acc);
                }
                c[i * ldc + j] = fmaf(alpha, acc, c[i * ldc + j]);
            }
        }
    }
}

void lrk_sgemm(int path, int transpose_a, int transpose_b, ptrdiff_t m, ptrdiff_t n,
               ptrdiff_t k, float alpha, const float *a, ptrdiff_t lda, const float *b,
               ptrdiff_t ldb, float beta, float *c, ptrdiff_t ldc) {
    if (m <= 0 || n <= 0) return;
    // β = 0 with a product to add: the first depth block writes C from +0 without reading it
    // (the bits of clearing C first); otherwise β is applied here.
    int overwrite_first = beta == 0 && k > 0 && alpha != 0 && ensure_buffers();
    if (!overwrite_first) scale_c(c, m, n, ldc, beta);
    if (k <= 0 || alpha == 0) return;
    if (!lrk_path_available(path)) path = LRK_PATH_PORTABLE;
    if (!ensure_buffers()) {
        gemm_unpacked(transpose_a, transpose_b, m, n, k, alpha, a, lda, b, ldb, c, ldc);
        return;
    }
    lrk_micro_kernel micro = micro_portable;
    lrk_row_packer pack_rows = pack_rows_portable;
    int mr = PORTABLE_MR, nr = PORTABLE_NR;
#if defined(__x86_64__)
    if (path == LRK_PATH_AVX512) {
        micro = lrk_micro_avx512;
        pack_rows = lrk_pack_rows_avx512;
        mr = LRK_AVX512_MR;
        nr = LRK_AVX512_NR;
    } else if (path == LRK_PATH_AVX2) {
        micro = lrk_micro_avx2;
        pack_rows = lrk_pack_rows_avx2;
        mr = LRK_AVX2_MR;
        nr = LRK_AVX2_NR;
    }
#endif
    for (ptrdiff_t j0 = 0; j0 < n; j0 += COLUMN_BLOCK) {
        ptrdiff_t nc = n - j0 < COLUMN_BLOCK ? n - j0 : COLUMN_BLOCK;
        for (ptrdiff_t p0 = 0; p0 < k; p0 += LRK_DEPTH_BLOCK) {
            ptrdiff_t kc = k - p0 < LRK_DEPTH_BLOCK ? k - p0 : LRK_DEPTH_BLOCK;
            pack_b(b, ldb, transpose_b, j0, nc, p0, kc, nr, pack_rows, packed_b);
            for (ptrdiff_t i0 = 0; i0 < m; i0 += ROW_BLOCK) {
                ptrdiff_t mc = m - i0 < ROW_BLOCK ? m - i0 : ROW_BLOCK;
                pack_a(a, lda, transpose_a, i0, mc, p0, kc, mr, pack_rows, packed_a);
                for (ptrdiff_t jr = 0; jr < nc; jr += nr) {
                    int columns = (int)(nc - jr < nr ? nc - jr : nr);
                    const float *bp = packed_b + jr * kc;
                    for (ptrdiff_t ir = 0; ir < mc; ir += mr) {
                        int rows = (int)(mc - ir < mr ? mc - ir : mr);
                        micro(kc, packed_a + ir * kc, bp, c + (i0 + ir) * ldc + j0 + jr, ldc,
                              alpha, rows, columns, overwrite_first && p0 == 0);
                    }
                }
            }
        }
    }
}
