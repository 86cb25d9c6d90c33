// lrlab's elementary functions (`Sources/LREngine/Math`, `Elementary`) in C, operation for
// operation: eˣ with a tail, eˣ − 1, tanh, erf, ln(1 + x). Each is the Swift function's
// sequence of IEEE `+ − × ÷` in the Swift order, so a kernel that calls them computes the
// bits of the Swift code on every path. Most are written without branches (every lane
// computes every case; the special cases are selected at the end in the Swift function's
// order) so that the loops calling them vectorize; `erf_body`'s continued fraction has a
// per-element depth and stays a loop. Include only from files compiled with contraction off.
#ifndef LRLAB_KERNELS_ELEMENTARY_H
#define LRLAB_KERNELS_ELEMENTARY_H

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

#include "paths.h"

#include <stdint.h>
#include <string.h>

#define LRK_LN2_HI 6.93147180369123816490e-01
#define LRK_LN2_LO 1.90821492927058770002e-10
#define LRK_INV_LN2 1.44269504088896338700e+00
#define LRK_EXP_OVERFLOW 7.09782712893383973096e+02
#define LRK_EXP_UNDERFLOW (-7.45133219101941108420e+02)

// 2ᵉ for e in the normal range [−1022, 1023].
LRK_BODY double lrk_power_of_two(int64_t e) {
    uint64_t bits = (uint64_t)(e + 1023) << 52;
    double value;
    memcpy(&value, &bits, sizeof value);
    return value;
}

// `Elementary.expWithTail`: e^(x + tail) (tail 0: `Elementary.exp`, exactly, since
// `k·ln2Lo − 0` is `k·ln2Lo`): Cody–Waite reduction with `lo = k·ln2Lo − tail`.
LRK_BODY double lrk_exp_tail_body(double x, double tail) {
    int special = x != x || x > LRK_EXP_OVERFLOW || x < LRK_EXP_UNDERFLOW || __builtin_fabs(x) < 0x1p-54;
    double xs = special ? 0.0 : x;
    double k = (xs * LRK_INV_LN2 + 0x1.8p52) - 0x1.8p52;
    double hi = xs - k * LRK_LN2_HI;
    double lo = k * LRK_LN2_LO - tail;
    double r = hi - lo;
    double t = r * r;
    double c = r - t * (1.66666666666666019037e-01
        + t * (-2.77777777770155933842e-03
        + t * (6.61375632143793436117e-05
        + t * (-1.65339022054652515390e-06
        + t * 4.13813679705723846039e-08))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    int64_t e = (int64_t)k;
    double first = lrk_power_of_two(e < -1021 ? e + 1000 : e > 1023 ? 1023 : e);
    double second = e < -1021 ? 0x1p-1000 : e > 1023 ? lrk_power_of_two(e - 1023) : 1.0;
    double scaled = (y * first) * second;
    return x != x ? x
         : x > LRK_EXP_OVERFLOW ? __builtin_inf()
         : x < LRK_EXP_UNDERFLOW ? 0.0
         : __builtin_fabs(x) < 0x1p-54 ? 1 + x
         : scaled;
}

// `Elementary.exp(Double)`.
LRK_BODY double lrk_exp_body(double x) { return lrk_exp_tail_body(x, 0.0); }

// `Elementary.expm1(Double)`: the Taylor polynomial for |x| < 1, eˣ − 1 beyond, −1 below −40.
LRK_BODY double lrk_expm1_body(double x) {
    double p = 1.5619206968586225e-16;
    p = p * x + 2.8114572543455206e-15;
    p = p * x + 4.779477332387385e-14;
    p = p * x + 7.647163731819816e-13;
    p = p * x + 1.1470745597729725e-11;
    p = p * x + 1.6059043836821613e-10;
    p = p * x + 2.08767569878681e-09;
    p = p * x + 2.505210838544172e-08;
    p = p * x + 2.755731922398589e-07;
    p = p * x + 2.7557319223985893e-06;
    p = p * x + 2.48015873015873e-05;
    p = p * x + 0.0001984126984126984;
    p = p * x + 0.001388888888888889;
    p = p * x + 0.008333333333333333;
    p = p * x + 0.041666666666666664;
    p = p * x + 0.16666666666666666;
    p = p * x + 0.5;
    double small = x + (x * x) * p;
    double large = lrk_exp_body(x) - 1;
    return x != x ? x
         : __builtin_fabs(x) >= 1 ? (x < -40 ? -1.0 : large)
         : small;
}

// `Elementary.tanh(Double)`: (e²ᵃ − 1)/(e²ᵃ + 1) through expm1, a = |x|.
LRK_BODY double lrk_tanh_body(double x) {
    double a = __builtin_fabs(x);
    double e = lrk_expm1_body(2 * a);
    double t = a > 22 ? 1.0 : e / (e + 2);
    return x != x ? x
         : a < 0x1p-28 ? x
         : x < 0 ? -t : t;
}

// `DoubleDouble.split`: Veltkamp's split into two halves of at most 26 bits.
LRK_BODY void lrk_split(double a, double *hi, double *lo) {
    double c = 134217729.0 * a;
    double h = c - (c - a);
    *hi = h;
    *lo = a - h;
}

// `DoubleDouble.product`: a·b = hi + lo exactly (Dekker, no fused multiply-add).
LRK_BODY void lrk_two_product(double a, double b, double *hi, double *lo) {
    double p = a * b;
    double a_hi, a_lo, b_hi, b_lo;
    lrk_split(a, &a_hi, &a_lo);
    lrk_split(b, &b_hi, &b_lo);
    *hi = p;
    *lo = ((a_hi * b_hi - p) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo;
}

// `Elementary.erfSeries`: the Maclaurin series for 0 ≤ x ≤ 1, Horner from the smallest term.
LRK_BODY double lrk_erf_series(double x) {
    double z = x * x;
    double p = 1.0025164934907719e-20;
    p = p * z + -2.107855191442136e-19;
    p = p * z + 4.221407288807088e-18;
    p = p * z + -8.032735012415773e-17;
    p = p * z + 1.4483264643598138e-15;
    p = p * z + -2.466827010264457e-14;
    p = p * z + 3.9554295164585257e-13;
    p = p * z + -5.9477940136376354e-12;
    p = p * z + 8.35070279514724e-11;
    p = p * z + -1.0892221037148573e-09;
    p = p * z + 1.3122532963802806e-08;
    p = p * z + -1.4503852223150468e-07;
    p = p * z + 1.4589169000933706e-06;
    p = p * z + -1.3227513227513228e-05;
    p = p * z + 0.00010683760683760684;
    p = p * z + -0.0007575757575757576;
    p = p * z + 0.004629629629629629;
    p = p * z + -0.023809523809523808;
    p = p * z + 0.1;
    p = p * z + -0.3333333333333333;
    p = p * z + 1.0;
    return 1.1283791670955126 * (x * p);
}

// `Elementary.erfcFraction` for 1 < x < 6: the continued fraction from depth ⌊200/x²⌋ + 16
// back to 1, times e^(−x²)/√π with x² in double-double.
LRK_BODY double lrk_erfc_fraction(double x) {
    int64_t depth = (int64_t)(200 / (x * x)) + 16;
    double f = x;
    double n = (double)depth;
    while (n >= 1) {
        f = x + (n / 2) / f;
        n -= 1;
    }
    double s_hi, s_lo;
    lrk_two_product(x, x, &s_hi, &s_lo);
    return 0.5641895835477563 * lrk_exp_tail_body(-s_hi, -s_lo) / f;
}

// `Elementary.erf(Double)` (branches: the fraction's depth differs per element).
LRK_BODY double lrk_erf_body(double x) {
    if (x != x) return x;
    double a = __builtin_fabs(x);
    double value;
    if (a <= 1) value = lrk_erf_series(a);
    else if (a < 6) value = 1 - lrk_erfc_fraction(a);
    else value = 1;
    return x < 0 ? -value : value;
}

// `DoubleDouble.fastSum` (|a| ≥ |b|) and `DoubleDouble.sum` (TwoSum).
LRK_BODY void lrk_fast_two_sum(double a, double b, double *hi, double *lo) {
    double s = a + b;
    *hi = s;
    *lo = b - (s - a);
}

LRK_BODY void lrk_two_sum(double a, double b, double *hi, double *lo) {
    double s = a + b;
    double b_virtual = s - a;
    double a_virtual = s - b_virtual;
    *hi = s;
    *lo = (a - a_virtual) + (b - b_virtual);
}

// `Elementary.logParts` for a positive normal finite x: ln x = hi + lo. `Double(x.exponent)`
// and `x.significand` are read from the bits (exact for normal x).
LRK_BODY void lrk_log_parts(double x, double *out_hi, double *out_lo) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    double k = (double)((int64_t)((bits >> 52) & 0x7ff) - 1023);
    uint64_t significand_bits = (bits & 0x000fffffffffffffull) | 0x3ff0000000000000ull;
    double m;
    memcpy(&m, &significand_bits, sizeof m);
    int above = m > 1.4142135623730951;
    m = above ? m * 0.5 : m;
    k = above ? k + 1 : k;
    double f = m - 1;
    double d_hi, d_lo;
    lrk_fast_two_sum(2, f, &d_hi, &d_lo);
    double sh = f / d_hi;
    double p_hi, p_lo;
    lrk_two_product(sh, d_hi, &p_hi, &p_lo);
    double sl = (((f - p_hi) - p_lo) - sh * d_lo) / d_hi;
    double z = sh * sh;
    double r = 0.07407407407407407;
    r = r * z + 0.08;
    r = r * z + 0.08695652173913043;
    r = r * z + 0.09523809523809523;
    r = r * z + 0.10526315789473684;
    r = r * z + 0.11764705882352941;
    r = r * z + 0.13333333333333333;
    r = r * z + 0.15384615384615385;
    r = r * z + 0.18181818181818182;
    r = r * z + 0.2222222222222222;
    r = r * z + 0.2857142857142857;
    r = r * z + 0.4;
    r = r * z + 0.6666666666666666;
    r *= z;
    double ln_m_hi, ln_m_lo;
    lrk_fast_two_sum(2 * sh, 2 * sl + sh * r, &ln_m_hi, &ln_m_lo);
    double total_hi, total_lo;
    lrk_two_sum(k * LRK_LN2_HI, ln_m_hi, &total_hi, &total_lo);
    double hi, lo;
    lrk_fast_two_sum(total_hi, total_lo + (ln_m_lo + k * LRK_LN2_LO), &hi, &lo);
    // m = 1 exactly: ln 2ᵏ alone.
    double exact_hi, exact_lo;
    lrk_fast_two_sum(k * LRK_LN2_HI, k * LRK_LN2_LO, &exact_hi, &exact_lo);
    *out_hi = f == 0 ? exact_hi : hi;
    *out_lo = f == 0 ? exact_lo : lo;
}

// `Elementary.log1p(Double)`: 1 + x = u_hi + u_lo exactly, ln(u_hi) + u_lo/u_hi.
LRK_BODY double lrk_log1p_body(double x) {
    double u_hi, u_lo;
    lrk_two_sum(1, x, &u_hi, &u_lo);
    // Lanes whose result is a special value take u_hi = 1 (any normal value would do).
    int special = x != x || x <= -1 || x == __builtin_inf() || __builtin_fabs(x) < 0x1p-54;
    double l_hi, l_lo;
    lrk_log_parts(special ? 1.0 : u_hi, &l_hi, &l_lo);
    double general = l_hi + (l_lo + u_lo / u_hi);
    return x != x ? x
         : x == -1 ? -__builtin_inf()
         : x < -1 ? __builtin_nan("")
         : x == __builtin_inf() ? x
         : __builtin_fabs(x) < 0x1p-54 ? x
         : general;
}

#endif
