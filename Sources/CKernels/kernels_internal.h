#ifndef LRLAB_KERNELS_INTERNAL_H
#define LRLAB_KERNELS_INTERNAL_H

#include <stddef.h>

// A micro-kernel: C[0..<mr, 0..<nr] = fma(alpha, Σ-by-fma over kc of Ap·Bp, C), from a packed
// panel of A (kc × MR, MR contiguous per depth step) and of B (kc × NR). With `overwrite`, C
// is taken as +0 without being read (β = 0, first depth block): the same bits as zeroing it.
typedef void (*lrk_micro_kernel)(ptrdiff_t kc, const float *ap, const float *bp, float *c,
                                 ptrdiff_t ldc, float alpha, int mr, int nr, int overwrite);

// Packs `rows` source rows (each contiguous along the depth) into a panel of `width` lanes:
// out[p * width + s] = src[s * ld + p], zero for rows ≤ s < width.
typedef void (*lrk_row_packer)(const float *src, ptrdiff_t ld, ptrdiff_t rows, ptrdiff_t kc,
                               int width, float *out);

#if defined(__x86_64__)
enum { LRK_AVX512_MR = 12, LRK_AVX512_NR = 16, LRK_AVX2_MR = 6, LRK_AVX2_NR = 16 };
void lrk_micro_avx512(ptrdiff_t kc, const float *ap, const float *bp, float *c, ptrdiff_t ldc,
                      float alpha, int mr, int nr, int overwrite);
void lrk_micro_avx2(ptrdiff_t kc, const float *ap, const float *bp, float *c, ptrdiff_t ldc,
                    float alpha, int mr, int nr, int overwrite);
double lrk_peak_avx512(double seconds);
// out[p * width + s] = src[s * ld + p] for s < rows, 0 for rows ≤ s < width (width ≤ 16).
void lrk_pack_rows_avx512(const float *src, ptrdiff_t ld, ptrdiff_t rows, ptrdiff_t kc, int width,
                          float *out);
// The same layout by 8 × 8 transposes of __m256 (width ≤ 16).
void lrk_pack_rows_avx2(const float *src, ptrdiff_t ld, ptrdiff_t rows, ptrdiff_t kc, int width,
                        float *out);
double lrk_peak_avx2(double seconds);
#endif

double lrk_seconds_now(void);

#endif
