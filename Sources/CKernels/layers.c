// Dense-layer elementwise kernels: bias add fused with the activation, activation backward,
// bias gradient (column sums), scaling. Each element gets exactly the operations of the Swift
// code these replace (`Activation`, `Elementwise`), in the same order; see paths.h.
#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

#include "CKernels.h"
#include "kernels_internal.h"
#include "paths.h"

// Swift's `max(z, 0)` is `0 >= z ? 0 : z`: −0 gives +0, NaN stays NaN.
LRK_BODY float relu(float z) { return 0.0f >= z ? 0.0f : z; }

LRK_BODY float leaky_relu(float z, float slope) { return z > 0 ? z : slope * z; }

// z[r, j] += bias[j]; then a[r, j] = f(z[r, j]) for ReLU and leaky ReLU (a ≠ z).
LRK_BODY void bias_activation_body(const float *restrict bias, float *restrict z,
                                   float *restrict a, ptrdiff_t rows, ptrdiff_t columns,
                                   int activation, float slope) {
    for (ptrdiff_t r = 0; r < rows; r++) {
        float *restrict row = z + r * columns;
        float *restrict out = a + r * columns;
        switch (activation) {
        case LRK_ACTIVATION_RELU:
            for (ptrdiff_t j = 0; j < columns; j++) {
                float v = row[j] + bias[j];
                row[j] = v;
                out[j] = relu(v);
            }
            break;
        case LRK_ACTIVATION_LEAKY_RELU:
            for (ptrdiff_t j = 0; j < columns; j++) {
                float v = row[j] + bias[j];
                row[j] = v;
                out[j] = leaky_relu(v, slope);
            }
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
