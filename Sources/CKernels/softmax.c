// The exponentials of softmax cross-entropy, and lrlab's own eˣ (`Elementary.exp`) in C.
//
// `exp_body` is `Elementary.exp` operation for operation (Cody–Waite reduction, fdlibm's
// rational form, exact scaling by 2ᵏ), written without branches so that it vectorizes: every
// lane computes the main path and the special cases are selected at the end, in the Swift
// code's order. Contraction is off, so the bits are those of the Swift function on every path.
#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

#include "CKernels.h"
#include "kernels_internal.h"
#include "paths.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const double LN2_HI = 6.93147180369123816490e-01;
static const double LN2_LO = 1.90821492927058770002e-10;
static const double INV_LN2 = 1.44269504088896338700e+00;
static const double EXP_OVERFLOW = 7.09782712893383973096e+02;
static const double EXP_UNDERFLOW = -7.45133219101941108420e+02;

// 2ᵉ for e in the normal range [−1022, 1023].
LRK_BODY double power_of_two(int64_t e) {
    uint64_t bits = (uint64_t)(e + 1023) << 52;
    double value;
    memcpy(&value, &bits, sizeof value);
    return value;
}

LRK_BODY double exp_body(double x) {
    int special = x != x || x > EXP_OVERFLOW || x < EXP_UNDERFLOW || __builtin_fabs(x) < 0x1p-54;
    double xs = special ? 0.0 : x;
    // Rounded to the nearest integer, ties to even (|xs/ln 2| < 1100, far below 2⁵¹): the
    // sum with 1.5·2⁵² rounds there, the difference is exact. k = ±0 alike give the same
    // hi, lo and r below, so the sign of a zero k does not matter.
    double k = (xs * INV_LN2 + 0x1.8p52) - 0x1.8p52;
    double hi = xs - k * LN2_HI;
    double lo = k * LN2_LO;
    double r = hi - lo;
    double t = r * r;
    double c = r - t * (1.66666666666666019037e-01
        + t * (-2.77777777770155933842e-03
        + t * (6.61375632143793436117e-05
        + t * (-1.65339022054652515390e-06
        + t * 4.13813679705723846039e-08))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    // y·2ᵏ as Swift's Double(sign:exponent:significand:) forms it: one exact multiplication
    // in the normal range, two above 2¹⁰²³, and below 2⁻¹⁰²¹ an exact one into the normal
    // range then one rounding multiplication by 2⁻¹⁰⁰⁰.
    int64_t e = (int64_t)k;
    double first = power_of_two(e < -1021 ? e + 1000 : e > 1023 ? 1023 : e);
    double second = e < -1021 ? 0x1p-1000 : e > 1023 ? power_of_two(e - 1023) : 1.0;
    double scaled = (y * first) * second;
    return x != x ? x
         : x > EXP_OVERFLOW ? __builtin_inf()
         : x < EXP_UNDERFLOW ? 0.0
         : __builtin_fabs(x) < 0x1p-54 ? 1 + x
         : scaled;
}

double lrk_exp(double x) { return exp_body(x); }

// out[r, j] = exp(Double(x[r, j]) − shift[r]).
LRK_BODY void exp_shifted_body(const float *restrict x, ptrdiff_t rows, ptrdiff_t columns,
                               const double *restrict shift, double *restrict out) {
    for (ptrdiff_t r = 0; r < rows; r++) {
        const float *restrict row = x + r * columns;
        double *restrict dst = out + r * columns;
        double s = shift[r];
        for (ptrdiff_t j = 0; j < columns; j++) dst[j] = exp_body((double)row[j] - s);
    }
}
DEFINE_PATHS(exp_shifted,
             (const float *restrict x, ptrdiff_t rows, ptrdiff_t columns,
              const double *restrict shift, double *restrict out),
             (x, rows, columns, shift, out))

void lrk_exp_shifted(int path, const float *x, ptrdiff_t rows, ptrdiff_t columns,
                     const double *shift, double *out) {
    if (rows <= 0 || columns <= 0) return;
    RUN_PATH(exp_shifted, path, (x, rows, columns, shift, out));
}

// exp over a contiguous buffer.
LRK_BODY void exp_doubles_body(const double *restrict x, ptrdiff_t count, double *restrict out) {
    for (ptrdiff_t i = 0; i < count; i++) out[i] = exp_body(x[i]);
}
DEFINE_PATHS(exp_doubles, (const double *restrict x, ptrdiff_t count, double *restrict out),
             (x, count, out))

void lrk_exp_doubles(int path, const double *x, ptrdiff_t count, double *out) {
    if (count <= 0) return;
    RUN_PATH(exp_doubles, path, (x, count, out));
}

double *lrk_scratch_doubles(ptrdiff_t count) {
    static _Thread_local double *buffer;
    static _Thread_local ptrdiff_t capacity;
    if (count > capacity) {
        ptrdiff_t grown = count < 1024 ? 1024 : count;
        double *larger = aligned_alloc(64, sizeof(double) * (size_t)((grown + 7) & ~(ptrdiff_t)7));
        if (!larger) return NULL;
        free(buffer);
        buffer = larger;
        capacity = grown;
    }
    return buffer;
}
