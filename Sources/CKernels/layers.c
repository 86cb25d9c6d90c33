// Dense-layer elementwise kernels: bias add fused with the activation, activation backward,
// bias gradient (column sums), scaling. Each element gets exactly the operations of the Swift
// code these replace (`Activation`, `Elementwise`), in the same order; see paths.h. ELU, tanh,
// sigmoid and GELU call lrlab's own elementary functions (elementary.h, the bits of
// `Elementary`).
#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

#include "CKernels.h"
#include "kernels_internal.h"
#include "paths.h"
#include "elementary.h"

// Swift's `max(z, 0)` is `0 >= z ? 0 : z`: −0 gives +0, NaN stays NaN.
LRK_BODY float relu(float z) { return 0.0f >= z ? 0.0f : z; }

LRK_BODY float leaky_relu(float z, float slope) { return z > 0 ? z : slope * z; }

// `Activation.apply`'s forward rules: ELU `z > 0 ? z : Float(expm1(Double(z)))`, tanh
// `Float(tanh(Double(z)))`, the Float sigmoid `1/(1 + e)` with e = Float(exp(Double(−z)))
// for z ≥ 0, else `e/(1 + e)` with e = Float(exp(Double(z))), GELU `Float(0.5·x·(1 + erf(x·√½)))`
// with x = Double(z).
LRK_BODY float elu(float z) { return z > 0 ? z : (float)lrk_expm1_body((double)z); }

LRK_BODY float tanh_of(float z) { return (float)lrk_tanh_body((double)z); }

LRK_BODY float sigmoid_of(float z) {
    float e = (float)lrk_exp_body((double)(z >= 0 ? -z : z));
    return z >= 0 ? 1.0f / (1.0f + e) : e / (1.0f + e);
}

// √½ correctly rounded (Swift's `0.5.squareRoot()`).
#define LRK_ROOT_HALF 0x1.6a09e667f3bcdp-1

// erf(x·√½) for a chunk of values, so that erf's continued fraction vectorizes. Only lanes with
// a = |x·√½| in (1, 6) need the fraction (from depth ⌊200/a²⌋ + 16 down to 1, as
// `Elementary.erfcFraction`'s loop); they are gathered, 16 at a time, so that a block is not
// held to a deep lane's depth for neighbours that need less or no fraction. A block steps n from
// its largest depth down and a lane takes the step only while n ≤ its depth, so each lane sees
// exactly its own sequence f = a + (n/2)/f. Then each lane selects its branch of
// `Elementary.erf`. GELU's forward and backward passes both call it.
// GELU_DEEPEST bounds the fraction's depth: ⌊200/a²⌋ + 16 ≤ 215 for a > 1.
enum { GELU_BLOCK = 16, GELU_CHUNK = 256, GELU_DEEPEST = 216 };

LRK_BODY void erf_of_scaled(const double *restrict x, ptrdiff_t m, double *restrict erf) {
    double a[GELU_CHUNK], depth[GELU_CHUNK], f[GELU_CHUNK];
    int32_t deep[GELU_CHUNK];
    for (ptrdiff_t t = 0; t < m; t++) {
        double magnitude = __builtin_fabs(x[t] * LRK_ROOT_HALF);
        int fraction = magnitude > 1 && magnitude < 6;
        double bounded = fraction ? magnitude : 2.0;
        depth[t] = fraction ? (double)((int64_t)(200 / (bounded * bounded)) + 16) : 0.0;
        a[t] = magnitude;
        f[t] = magnitude;
    }
    // The fraction lanes in order of depth (a counting sort), so that a block's lanes need
    // about the same number of steps.
    int32_t first[GELU_DEEPEST + 1] = {0};
    for (ptrdiff_t t = 0; t < m; t++) first[(int)depth[t]] += 1;
    ptrdiff_t count = 0;
    for (int d = 1; d <= GELU_DEEPEST; d++) {
        int32_t lanes = first[d];
        first[d] = (int32_t)count;
        count += lanes;
    }
    for (ptrdiff_t t = 0; t < m; t++) {
        int d = (int)depth[t];
        if (d > 0) deep[first[d]++] = (int32_t)t;
    }
    for (ptrdiff_t start = 0; start < count; start += GELU_BLOCK) {
        double ab[GELU_BLOCK], db[GELU_BLOCK], fb[GELU_BLOCK];
        double deepest = 0;
        for (ptrdiff_t t = 0; t < GELU_BLOCK; t++) {
            int live = start + t < count;
            ptrdiff_t lane = live ? deep[start + t] : 0;
            ab[t] = live ? a[lane] : 2.0;
            db[t] = live ? depth[lane] : 0.0;
            fb[t] = ab[t];
            deepest = db[t] > deepest ? db[t] : deepest;
        }
        for (double n = deepest; n >= 1; n -= 1) {
            for (ptrdiff_t t = 0; t < GELU_BLOCK; t++) {
                double step = ab[t] + (n / 2) / fb[t];
                fb[t] = n <= db[t] ? step : fb[t];
            }
        }
        for (ptrdiff_t t = 0; t < GELU_BLOCK && start + t < count; t++) f[deep[start + t]] = fb[t];
    }
    for (ptrdiff_t t = 0; t < m; t++) {
        double y = x[t] * LRK_ROOT_HALF;
        double magnitude = a[t];
        double series = lrk_erf_series(magnitude);
        double s_hi, s_lo;
        lrk_two_product(magnitude, magnitude, &s_hi, &s_lo);
        double tail = 0.5641895835477563 * lrk_exp_tail_body(-s_hi, -s_lo) / f[t];
        double value = magnitude <= 1 ? series : magnitude < 6 ? 1 - tail : 1.0;
        erf[t] = y != y ? y : y < 0 ? -value : value;
    }
}

// GELU over n values, a chunk at a time.
LRK_BODY void gelu_values(const float *restrict z, float *restrict out, ptrdiff_t count) {
    for (ptrdiff_t start = 0; start < count; start += GELU_CHUNK) {
        ptrdiff_t m = count - start < GELU_CHUNK ? count - start : GELU_CHUNK;
        double x[GELU_CHUNK], erf[GELU_CHUNK];
        for (ptrdiff_t t = 0; t < m; t++) x[t] = (double)z[start + t];
        erf_of_scaled(x, m, erf);
        for (ptrdiff_t t = 0; t < m; t++) out[start + t] = (float)(0.5 * x[t] * (1 + erf[t]));
    }
}

// 1/√(2π) correctly rounded (Swift's `1 / (2 * Double.pi).squareRoot()`).
#define LRK_INVERSE_ROOT_TWO_PI 0x1.9884533d43651p-2

// `Activation.backward`'s GELU: g = Float(Double(g)·(Φ + x·φ)), Φ = 0.5·(1 + erf(x·√½)),
// φ = e^(−0.5·x·x)/√(2π), x = Double(z).
LRK_BODY void gelu_backward_values(float *restrict g, const float *restrict z, ptrdiff_t count) {
    for (ptrdiff_t start = 0; start < count; start += GELU_CHUNK) {
        ptrdiff_t m = count - start < GELU_CHUNK ? count - start : GELU_CHUNK;
        double x[GELU_CHUNK], erf[GELU_CHUNK];
        for (ptrdiff_t t = 0; t < m; t++) x[t] = (double)z[start + t];
        erf_of_scaled(x, m, erf);
        for (ptrdiff_t t = 0; t < m; t++) {
            double cdf = 0.5 * (1 + erf[t]);
            double pdf = LRK_INVERSE_ROOT_TWO_PI * lrk_exp_body(-0.5 * x[t] * x[t]);
            g[start + t] = (float)((double)g[start + t] * (cdf + x[t] * pdf));
        }
    }
}

// One row: row[j] += bias[j], out[j] = f(row[j]).
#define BIAS_THEN(f)                                 \
    for (ptrdiff_t j = 0; j < columns; j++) {        \
        float v = row[j] + bias[j];                  \
        row[j] = v;                                  \
        out[j] = f;                                  \
    }

// z[r, j] += bias[j]; then a[r, j] = f(z[r, j]) (a ≠ z; identity: the bias only).
LRK_BODY void bias_activation_body(const float *restrict bias, float *restrict z,
                                   float *restrict a, ptrdiff_t rows, ptrdiff_t columns,
                                   int activation, float slope) {
    for (ptrdiff_t r = 0; r < rows; r++) {
        float *restrict row = z + r * columns;
        float *restrict out = a + r * columns;
        switch (activation) {
        case LRK_ACTIVATION_RELU: BIAS_THEN(relu(v)) break;
        case LRK_ACTIVATION_LEAKY_RELU: BIAS_THEN(leaky_relu(v, slope)) break;
        case LRK_ACTIVATION_ELU: BIAS_THEN(elu(v)) break;
        case LRK_ACTIVATION_TANH: BIAS_THEN(tanh_of(v)) break;
        case LRK_ACTIVATION_SIGMOID: BIAS_THEN(sigmoid_of(v)) break;
        case LRK_ACTIVATION_GELU:
            for (ptrdiff_t j = 0; j < columns; j++) row[j] += bias[j];
            gelu_values(row, out, columns);
            break;
        default:
            for (ptrdiff_t j = 0; j < columns; j++) row[j] += bias[j];
            break;
        }
    }
}
DEFINE_PATHS(bias_activation,
             (const float *restrict bias, float *restrict z, float *restrict a, ptrdiff_t rows,
              ptrdiff_t columns, int activation, float slope),
             (bias, z, a, rows, columns, activation, slope))

void lrk_bias_activation(int path, const float *bias, float *z, float *a, ptrdiff_t rows,
                         ptrdiff_t columns, int activation, float slope) {
    if (rows <= 0 || columns <= 0) return;
    if (a == z) activation = LRK_ACTIVATION_IDENTITY;
    RUN_PATH(bias_activation, path, (bias, z, a, rows, columns, activation, slope));
}

// gradient[i] *= f′(z[i]), from the forward pass's z and a = f(z).
LRK_BODY void activation_backward_body(float *restrict g, const float *restrict z,
                                       const float *restrict a, ptrdiff_t count,
                                       int activation, float slope) {
    switch (activation) {
    case LRK_ACTIVATION_RELU:
        for (ptrdiff_t i = 0; i < count; i++) g[i] = z[i] > 0 ? g[i] : 0.0f;
        break;
    case LRK_ACTIVATION_LEAKY_RELU:
        for (ptrdiff_t i = 0; i < count; i++) g[i] = z[i] > 0 ? g[i] : g[i] * slope;
        break;
    case LRK_ACTIVATION_ELU:
        // f′(z) = eᶻ = a + 1 for z ≤ 0.
        for (ptrdiff_t i = 0; i < count; i++) g[i] = z[i] > 0 ? g[i] : g[i] * (a[i] + 1.0f);
        break;
    case LRK_ACTIVATION_TANH:
        for (ptrdiff_t i = 0; i < count; i++) g[i] = g[i] * (1.0f - a[i] * a[i]);
        break;
    case LRK_ACTIVATION_SIGMOID:
        for (ptrdiff_t i = 0; i < count; i++) g[i] = g[i] * (a[i] * (1.0f - a[i]));
        break;
    case LRK_ACTIVATION_GELU: gelu_backward_values(g, z, count); break;
    default:
        break;
    }
}
DEFINE_PATHS(activation_backward,
             (float *restrict g, const float *restrict z, const float *restrict a,
              ptrdiff_t count, int activation, float slope),
             (g, z, a, count, activation, slope))

void lrk_activation_backward(int path, float *gradient, const float *z, const float *a,
                             ptrdiff_t count, int activation, float slope) {
    if (count <= 0) return;
    RUN_PATH(activation_backward, path, (gradient, z, a, count, activation, slope));
}

// sums[j] = Σᵣ x[r, j], rows added in order 0, 1, … from zero.
LRK_BODY void column_sums_body(const float *restrict x, ptrdiff_t rows, ptrdiff_t columns,
                               float *restrict sums) {
    for (ptrdiff_t j = 0; j < columns; j++) sums[j] = 0;
    for (ptrdiff_t r = 0; r < rows; r++) {
        const float *restrict row = x + r * columns;
        for (ptrdiff_t j = 0; j < columns; j++) sums[j] += row[j];
    }
}
DEFINE_PATHS(column_sums,
             (const float *restrict x, ptrdiff_t rows, ptrdiff_t columns, float *restrict sums),
             (x, rows, columns, sums))

void lrk_column_sums(int path, const float *x, ptrdiff_t rows, ptrdiff_t columns, float *sums) {
    if (columns <= 0) return;
    RUN_PATH(column_sums, path, (x, rows < 0 ? 0 : rows, columns, sums));
}

// x[i] *= factor.
LRK_BODY void scale_body(float *restrict x, ptrdiff_t count, float factor) {
    for (ptrdiff_t i = 0; i < count; i++) x[i] *= factor;
}
DEFINE_PATHS(scale, (float *restrict x, ptrdiff_t count, float factor), (x, count, factor))

void lrk_scale(int path, float *x, ptrdiff_t count, float factor) {
    if (count <= 0) return;
    RUN_PATH(scale, path, (x, count, factor));
}
