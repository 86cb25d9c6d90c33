// The AVX-512 and AVX2+FMA micro-kernels. Each lane holds one element of C and runs exactly the
// portable path's sequence: acc = fma(a, b, acc) over the depth block, then fma(alpha, acc, C).
#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

#include "kernels_internal.h"

#if defined(__x86_64__)
#include <immintrin.h>

#define AVX512_TARGET __attribute__((target("avx512f,avx512bw,avx512dq,avx512vl,fma")))
#define AVX2_TARGET __attribute__((target("avx2,fma")))

AVX512_TARGET
void lrk_micro_avx512(ptrdiff_t kc, const float *ap, const float *bp, float *c, ptrdiff_t ldc,
                      float alpha, int mr, int nr, int overwrite) {
    __m512 acc[LRK_AVX512_MR];
    for (int r = 0; r < LRK_AVX512_MR; r++) acc[r] = _mm512_setzero_ps();
    for (ptrdiff_t p = 0; p < kc; p++) {
        __m512 b = _mm512_load_ps(bp + p * LRK_AVX512_NR);
        const float *a = ap + p * LRK_AVX512_MR;
        for (int r = 0; r < LRK_AVX512_MR; r++) {
            acc[r] = _mm512_fmadd_ps(_mm512_set1_ps(a[r]), b, acc[r]);
        }
    }
    __m512 scale = _mm512_set1_ps(alpha);
    __mmask16 mask = (__mmask16)((1u << nr) - 1u);
    for (int r = 0; r < mr; r++) {
        float *row = c + r * ldc;
        __m512 current = overwrite ? _mm512_setzero_ps() : _mm512_maskz_loadu_ps(mask, row);
        _mm512_mask_storeu_ps(row, mask, _mm512_fmadd_ps(scale, acc[r], current));
    }
}

AVX2_TARGET
static __m256i avx2_mask(int count) {
    return _mm256_cmpgt_epi32(_mm256_set1_epi32(count), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
}

AVX2_TARGET
void lrk_micro_avx2(ptrdiff_t kc, const float *ap, const float *bp, float *c, ptrdiff_t ldc,
                    float alpha, int mr, int nr, int overwrite) {
    __m256 lo[LRK_AVX2_MR], hi[LRK_AVX2_MR];
    for (int r = 0; r < LRK_AVX2_MR; r++) lo[r] = hi[r] = _mm256_setzero_ps();
    for (ptrdiff_t p = 0; p < kc; p++) {
        __m256 b0 = _mm256_load_ps(bp + p * LRK_AVX2_NR);
        __m256 b1 = _mm256_load_ps(bp + p * LRK_AVX2_NR + 8);
        const float *a = ap + p * LRK_AVX2_MR;
        for (int r = 0; r < LRK_AVX2_MR; r++) {
            __m256 x = _mm256_broadcast_ss(a + r);
            lo[r] = _mm256_fmadd_ps(x, b0, lo[r]);
            hi[r] = _mm256_fmadd_ps(x, b1, hi[r]);
        }
    }
    __m256 scale = _mm256_set1_ps(alpha);
    if (nr == LRK_AVX2_NR) {
        for (int r = 0; r < mr; r++) {
            float *row = c + r * ldc;
            __m256 c0 = overwrite ? _mm256_setzero_ps() : _mm256_loadu_ps(row);
            __m256 c1 = overwrite ? _mm256_setzero_ps() : _mm256_loadu_ps(row + 8);
            _mm256_storeu_ps(row, _mm256_fmadd_ps(scale, lo[r], c0));
            _mm256_storeu_ps(row + 8, _mm256_fmadd_ps(scale, hi[r], c1));
        }
        return;
    }
    __m256i mask0 = avx2_mask(nr), mask1 = avx2_mask(nr - 8);
    for (int r = 0; r < mr; r++) {
        float *row = c + r * ldc;
        __m256 c0 = overwrite ? _mm256_setzero_ps() : _mm256_maskload_ps(row, mask0);
        __m256 c1 = overwrite ? _mm256_setzero_ps() : _mm256_maskload_ps(row + 8, mask1);
        _mm256_maskstore_ps(row, mask0, _mm256_fmadd_ps(scale, lo[r], c0));
        _mm256_maskstore_ps(row + 8, mask1, _mm256_fmadd_ps(scale, hi[r], c1));
    }
}

// A 16 × 16 transpose in four butterfly rounds: round b swaps bit b of the row and column
// index (rows i and i + b exchange the lanes whose bit b differs from the row's).
#define BUTTERFLY_LOW(b)                                                                        \
    _mm512_setr_epi32(0 & b ? 16 + 0 - b : 0, 1 & b ? 16 + 1 - b : 1, 2 & b ? 16 + 2 - b : 2,    \
                      3 & b ? 16 + 3 - b : 3, 4 & b ? 16 + 4 - b : 4, 5 & b ? 16 + 5 - b : 5,    \
                      6 & b ? 16 + 6 - b : 6, 7 & b ? 16 + 7 - b : 7, 8 & b ? 16 + 8 - b : 8,    \
                      9 & b ? 16 + 9 - b : 9, 10 & b ? 16 + 10 - b : 10,                         \
                      11 & b ? 16 + 11 - b : 11, 12 & b ? 16 + 12 - b : 12,                      \
                      13 & b ? 16 + 13 - b : 13, 14 & b ? 16 + 14 - b : 14,                      \
                      15 & b ? 16 + 15 - b : 15)
#define BUTTERFLY_HIGH(b)                                                                       \
    _mm512_setr_epi32(0 & b ? 16 + 0 : 0 + b, 1 & b ? 16 + 1 : 1 + b, 2 & b ? 16 + 2 : 2 + b,    \
                      3 & b ? 16 + 3 : 3 + b, 4 & b ? 16 + 4 : 4 + b, 5 & b ? 16 + 5 : 5 + b,    \
                      6 & b ? 16 + 6 : 6 + b, 7 & b ? 16 + 7 : 7 + b, 8 & b ? 16 + 8 : 8 + b,    \
                      9 & b ? 16 + 9 : 9 + b, 10 & b ? 16 + 10 : 10 + b,                         \
                      11 & b ? 16 + 11 : 11 + b, 12 & b ? 16 + 12 : 12 + b,                      \
                      13 & b ? 16 + 13 : 13 + b, 14 & b ? 16 + 14 : 14 + b,                      \
                      15 & b ? 16 + 15 : 15 + b)

AVX512_TARGET
static inline __attribute__((always_inline)) void butterfly(__m512 r[16], int b, __m512i low,
                                                            __m512i high) {
#pragma clang loop unroll(full)
    for (int i = 0; i < 16; i++) {
        if (i & b) continue;
        __m512 x = r[i], y = r[i + b];
        r[i] = _mm512_permutex2var_ps(x, low, y);
        r[i + b] = _mm512_permutex2var_ps(x, high, y);
    }
}

AVX512_TARGET
static inline __attribute__((always_inline)) void transpose16(__m512 r[16]) {
    butterfly(r, 1, BUTTERFLY_LOW(1), BUTTERFLY_HIGH(1));
    butterfly(r, 2, BUTTERFLY_LOW(2), BUTTERFLY_HIGH(2));
    butterfly(r, 4, BUTTERFLY_LOW(4), BUTTERFLY_HIGH(4));
    butterfly(r, 8, BUTTERFLY_LOW(8), BUTTERFLY_HIGH(8));
}

// Packing moves values without arithmetic, so a path may pack its own way: this one
// transposes 16 × 16 blocks in registers instead of writing one float at a time.
AVX512_TARGET
void lrk_pack_rows_avx512(const float *src, ptrdiff_t ld, ptrdiff_t rows, ptrdiff_t kc, int width,
                          float *out) {
    __mmask16 mask = (__mmask16)((1u << width) - 1u);
    ptrdiff_t p = 0;
    // Rows past `rows` read row 0 and are then zeroed, so every load is unconditional.
    __m512 keep[16];
#pragma clang loop unroll(full)
    for (int s = 0; s < 16; s++) {
        keep[s] = _mm512_castsi512_ps(_mm512_set1_epi32(s < rows ? -1 : 0));
    }
    const float *row[16];
#pragma clang loop unroll(full)
    for (int s = 0; s < 16; s++) row[s] = src + (s < rows ? s : 0) * ld;
    for (; p + 16 <= kc; p += 16) {
        __m512 r[16];
#pragma clang loop unroll(full)
        for (int s = 0; s < 16; s++) r[s] = _mm512_and_ps(_mm512_loadu_ps(row[s] + p), keep[s]);
        transpose16(r);
#pragma clang loop unroll(full)
        for (int q = 0; q < 16; q++) _mm512_mask_storeu_ps(out + (p + q) * width, mask, r[q]);
    }
    for (; p < kc; p++) {
        for (int s = 0; s < width; s++) out[p * width + s] = s < rows ? src[s * ld + p] : 0;
    }
}

// An 8 × 8 transpose: rows r[0..7] become columns (unpack pairs, shuffle quads, swap halves).
AVX2_TARGET
static inline __attribute__((always_inline)) void transpose8(__m256 r[8]) {
    __m256 t0 = _mm256_unpacklo_ps(r[0], r[1]), t1 = _mm256_unpackhi_ps(r[0], r[1]);
    __m256 t2 = _mm256_unpacklo_ps(r[2], r[3]), t3 = _mm256_unpackhi_ps(r[2], r[3]);
    __m256 t4 = _mm256_unpacklo_ps(r[4], r[5]), t5 = _mm256_unpackhi_ps(r[4], r[5]);
    __m256 t6 = _mm256_unpacklo_ps(r[6], r[7]), t7 = _mm256_unpackhi_ps(r[6], r[7]);
    __m256 s0 = _mm256_shuffle_ps(t0, t2, 0x44), s1 = _mm256_shuffle_ps(t0, t2, 0xEE);
    __m256 s2 = _mm256_shuffle_ps(t1, t3, 0x44), s3 = _mm256_shuffle_ps(t1, t3, 0xEE);
    __m256 s4 = _mm256_shuffle_ps(t4, t6, 0x44), s5 = _mm256_shuffle_ps(t4, t6, 0xEE);
    __m256 s6 = _mm256_shuffle_ps(t5, t7, 0x44), s7 = _mm256_shuffle_ps(t5, t7, 0xEE);
    r[0] = _mm256_permute2f128_ps(s0, s4, 0x20);
    r[1] = _mm256_permute2f128_ps(s1, s5, 0x20);
    r[2] = _mm256_permute2f128_ps(s2, s6, 0x20);
    r[3] = _mm256_permute2f128_ps(s3, s7, 0x20);
    r[4] = _mm256_permute2f128_ps(s0, s4, 0x31);
    r[5] = _mm256_permute2f128_ps(s1, s5, 0x31);
    r[6] = _mm256_permute2f128_ps(s2, s6, 0x31);
    r[7] = _mm256_permute2f128_ps(s3, s7, 0x31);
}

// The AVX2 packer: each group of 8 lanes is filled by 8 × 8 transposes in registers. A panel
// narrower than 8 (A's 6 lanes) stores all 8 and lets the next depth step's store overwrite the
// extra floats; the block's last store is masked, so nothing lands past the panel.
AVX2_TARGET
void lrk_pack_rows_avx2(const float *src, ptrdiff_t ld, ptrdiff_t rows, ptrdiff_t kc, int width,
                        float *out) {
    for (int g = 0; g < width; g += 8) {
        int lanes = width - g < 8 ? width - g : 8;
        __m256i last_mask = avx2_mask(lanes);
        // Rows past `rows` read row 0 and are then zeroed, so every load is unconditional.
        __m256 keep[8];
        const float *row[8];
#pragma clang loop unroll(full)
        for (int s = 0; s < 8; s++) {
            int valid = g + s < rows;
            keep[s] = _mm256_castsi256_ps(_mm256_set1_epi32(valid ? -1 : 0));
            row[s] = src + (valid ? g + s : 0) * ld;
        }
        ptrdiff_t p = 0;
        for (; p + 8 <= kc; p += 8) {
            __m256 r[8];
#pragma clang loop unroll(full)
            for (int s = 0; s < 8; s++) r[s] = _mm256_and_ps(_mm256_loadu_ps(row[s] + p), keep[s]);
            transpose8(r);
            float *dst = out + p * width + g;
            if (lanes == 8) {
#pragma clang loop unroll(full)
                for (int q = 0; q < 8; q++) _mm256_storeu_ps(dst + q * width, r[q]);
            } else if (width < 8) {
#pragma clang loop unroll(full)
                for (int q = 0; q < 7; q++) _mm256_storeu_ps(dst + q * width, r[q]);
                _mm256_maskstore_ps(dst + 7 * width, last_mask, r[7]);
            } else {
#pragma clang loop unroll(full)
                for (int q = 0; q < 8; q++) _mm256_maskstore_ps(dst + q * width, last_mask, r[q]);
            }
        }
        for (; p < kc; p++) {
            for (int s = g; s < g + lanes; s++) out[p * width + s] = s < rows ? src[s * ld + p] : 0;
        }
    }
}

// Peak: twelve independent fma chains, enough to cover the latency of every FMA pipe.
enum { PEAK_CHAINS = 12, PEAK_ROUNDS = 1 << 16 };

AVX512_TARGET
double lrk_peak_avx512(double seconds) {
    __m512 acc[PEAK_CHAINS];
    for (int r = 0; r < PEAK_CHAINS; r++) acc[r] = _mm512_set1_ps((float)r);
    __m512 x = _mm512_set1_ps(0.999999f), y = _mm512_set1_ps(1e-7f);
    double start = lrk_seconds_now(), elapsed = 0, rounds = 0;
    do {
        for (int i = 0; i < PEAK_ROUNDS; i++) {
            for (int r = 0; r < PEAK_CHAINS; r++) acc[r] = _mm512_fmadd_ps(acc[r], x, y);
        }
        rounds += PEAK_ROUNDS;
        elapsed = lrk_seconds_now() - start;
    } while (elapsed < seconds);
    float sink[16];
    __m512 total = acc[0];
    for (int r = 1; r < PEAK_CHAINS; r++) total = _mm512_add_ps(total, acc[r]);
    _mm512_storeu_ps(sink, total);
    volatile float keep = sink[0];
    (void)keep;
    return rounds * PEAK_CHAINS * 16 * 2 / elapsed / 1e9;
}

AVX2_TARGET
double lrk_peak_avx2(double seconds) {
    __m256 acc[PEAK_CHAINS];
    for (int r = 0; r < PEAK_CHAINS; r++) acc[r] = _mm256_set1_ps((float)r);
    __m256 x = _mm256_set1_ps(0.999999f), y = _mm256_set1_ps(1e-7f);
    double start = lrk_seconds_now(), elapsed = 0, rounds = 0;
    do {
        for (int i = 0; i < PEAK_ROUNDS; i++) {
            for (int r = 0; r < PEAK_CHAINS; r++) acc[r] = _mm256_fmadd_ps(acc[r], x, y);
        }
        rounds += PEAK_ROUNDS;
        elapsed = lrk_seconds_now() - start;
    } while (elapsed < seconds);
    float sink[8];
    __m256 total = acc[0];
    for (int r = 1; r < PEAK_CHAINS; r++) total = _mm256_add_ps(total, acc[r]);
    _mm256_storeu_ps(sink, total);
    volatile float keep = sink[0];
    (void)keep;
    return rounds * PEAK_CHAINS * 8 * 2 / elapsed / 1e9;
}
#endif
