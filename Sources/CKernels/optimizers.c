// Optimizer element loops (Adam/AdamW, their effective rates, SGD with momentum). The step's
// constants are computed by the Swift caller (in Double, then rounded to Float, as before);
// each element gets exactly the Float operations of `AdamMoments` and `SGD`, in their order.
#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

#include "CKernels.h"
#include "kernels_internal.h"
#include "paths.h"

#include <stdint.h>
#include <string.h>

// `g + λ·θ`; `g` itself when λ is 0 (no rounding then).
LRK_BODY float decayed(float g, float parameter, float decay) {
    return decay != 0 ? g + decay * parameter : g;
}

// PyTorch's float lerp (`w` is fixed for the whole step, so the branch is hoisted).
LRK_BODY float lerp_low(float a, float b, float w) { return a + w * (b - a); }
LRK_BODY float lerp_high(float a, float b, float w) { return b - (b - a) * (1.0f - w); }

// Swift's `max(x, y)`: `y >= x ? y : x`.
LRK_BODY float swift_max(float x, float y) { return y >= x ? y : x; }

LRK_BODY void adam_body(float *restrict theta, const float *restrict grad, float *restrict m1,
                        float *restrict m2, float *restrict v_max, ptrdiff_t count,
                        lrk_adam_constants k) {
    const float weight = k.weight, beta2 = k.beta2, one_minus_beta2 = k.one_minus_beta2;
    const float root = k.correction2_root, eps = k.eps, step_size = k.step_size;
    // The common case (no decay, no AMSGrad, β₁ > 0.5): no branches in the loop.
    if (k.decay == 0 && !v_max && weight < 0.5f) {
        for (ptrdiff_t i = 0; i < count; i++) {
            float g = grad[i];
            float m = m1[i] + weight * (g - m1[i]);
            m1[i] = m;
            float v = beta2 * m2[i] + one_minus_beta2 * (g * g);
            m2[i] = v;
            theta[i] -= step_size * (m / (__builtin_elementwise_sqrt(v) / root + eps));
        }
        return;
    }
    const float decay = k.decay, shrink = k.shrink;
    const int decoupled = k.decoupled, low = weight < 0.5f;
    for (ptrdiff_t i = 0; i < count; i++) {
        float g = grad[i];
        if (decoupled) {
            if (decay != 0) theta[i] *= shrink;
        } else {
            g = decayed(g, theta[i], decay);
        }
        float m = low ? lerp_low(m1[i], g, weight) : lerp_high(m1[i], g, weight);
        m1[i] = m;
        float v = beta2 * m2[i] + one_minus_beta2 * (g * g);
        m2[i] = v;
        float used = v;
        if (v_max) {
            used = swift_max(v_max[i], v);
            v_max[i] = used;
        }
        float denominator = __builtin_elementwise_sqrt(used) / root + eps;
        theta[i] -= step_size * (m / denominator);
    }
}
// Blocks of the update alternate with the gradient's sum of squares over the same block:
// the sum is one serial chain of Double additions in index order (latency-bound), the update
// is independent per element (throughput-bound), so the CPU runs the two side by side.
// The blocks are short so that the update of the next blocks fits in the CPU's reorder
// window while the chain of this one runs; the squares (exact in Double) are formed as a
// vector, only the additions are serial.
enum { SQUARES_BLOCK = 16 };

LRK_BODY void adam_squares_body(float *restrict theta, const float *restrict grad,
                                float *restrict m1, float *restrict m2, float *restrict v_max,
                                ptrdiff_t count, lrk_adam_constants k, double *restrict squares) {
    double sum = *squares;
    ptrdiff_t i0 = 0;
    for (; i0 + SQUARES_BLOCK <= count; i0 += SQUARES_BLOCK) {
        double block[SQUARES_BLOCK];
        for (int j = 0; j < SQUARES_BLOCK; j++) {
            block[j] = (double)grad[i0 + j] * (double)grad[i0 + j];
        }
        adam_body(theta + i0, grad + i0, m1 + i0, m2 + i0, v_max ? v_max + i0 : 0, SQUARES_BLOCK,
                  k);
        for (int j = 0; j < SQUARES_BLOCK; j++) sum += block[j];
    }
    adam_body(theta + i0, grad + i0, m1 + i0, m2 + i0, v_max ? v_max + i0 : 0, count - i0, k);
    for (ptrdiff_t i = i0; i < count; i++) sum += (double)grad[i] * (double)grad[i];
    *squares = sum;
}

DEFINE_PATHS(adam,
             (float *restrict theta, const float *restrict grad, float *restrict m1,
              float *restrict m2, float *restrict v_max, ptrdiff_t count, lrk_adam_constants k),
             (theta, grad, m1, m2, v_max, count, k))
DEFINE_PATHS(adam_squares,
             (float *restrict theta, const float *restrict grad, float *restrict m1,
              float *restrict m2, float *restrict v_max, ptrdiff_t count, lrk_adam_constants k,
              double *restrict squares),
             (theta, grad, m1, m2, v_max, count, k, squares))

void lrk_adam_update(int path, float *theta, const float *grad, float *m1, float *m2,
                     float *v_max, ptrdiff_t count, lrk_adam_constants constants,
                     double *squares) {
    if (count <= 0) return;
    if (squares) {
        RUN_PATH(adam_squares, path, (theta, grad, m1, m2, v_max, count, constants, squares));
    } else {
        RUN_PATH(adam, path, (theta, grad, m1, m2, v_max, count, constants));
    }
}

// 1 when no value is NaN or ±∞ (an integer test of the exponent bits: exact on every path).
LRK_BODY int all_finite_body(const float *restrict x, ptrdiff_t count) {
    unsigned bad = 0;
    for (ptrdiff_t i = 0; i < count; i++) {
        uint32_t bits;
        memcpy(&bits, x + i, sizeof bits);
        bad |= (bits & 0x7f800000u) == 0x7f800000u;
    }
    return bad == 0;
}

static int all_finite_portable(const float *restrict x, ptrdiff_t count) {
    return all_finite_body(x, count);
}
#if defined(__x86_64__)
LRK_AVX2_TARGET static int all_finite_avx2(const float *restrict x, ptrdiff_t count) {
    return all_finite_body(x, count);
}
LRK_AVX512_TARGET __attribute__((min_vector_width(512))) static int
all_finite_avx512(const float *restrict x, ptrdiff_t count) {
    return all_finite_body(x, count);
}
#endif

int lrk_all_finite(int path, const float *x, ptrdiff_t count) {
#if defined(__x86_64__)
    if (path == LRK_PATH_AVX512 && lrk_path_available(path)) return all_finite_avx512(x, count);
    if (path == LRK_PATH_AVX2 && lrk_path_available(path)) return all_finite_avx2(x, count);
#endif
    return all_finite_portable(x, count);
}

// rates[i] = η / (√v[i] / root + ε).
LRK_BODY void adam_rates_body(const float *restrict v, ptrdiff_t count, float eta, float root,
                              float eps, float *restrict rates) {
    for (ptrdiff_t i = 0; i < count; i++) {
        rates[i] = eta / (__builtin_elementwise_sqrt(v[i]) / root + eps);
    }
}
DEFINE_PATHS(adam_rates,
             (const float *restrict v, ptrdiff_t count, float eta, float root, float eps,
              float *restrict rates),
             (v, count, eta, root, eps, rates))

void lrk_adam_rates(int path, const float *v, ptrdiff_t count, float eta, float root, float eps,
                    float *rates) {
    if (count <= 0) return;
    RUN_PATH(adam_rates, path, (v, count, eta, root, eps, rates));
}

// SGD: g ← g + λ·θ; with momentum b ← g (first step) or μ·b + (1 − τ)·g, the direction
// g + μ·b (Nesterov) or b; θ ← θ − η·direction.
LRK_BODY void sgd_body(float *restrict theta, const float *restrict grad, float *restrict buffer,
                       ptrdiff_t count, lrk_sgd_constants k) {
    const float rate = k.rate, decay = k.decay, mu = k.mu, keep = k.keep;
    if (!buffer) {
        if (decay == 0) {
            for (ptrdiff_t i = 0; i < count; i++) theta[i] -= rate * grad[i];
        } else {
            for (ptrdiff_t i = 0; i < count; i++) theta[i] -= rate * decayed(grad[i], theta[i], decay);
        }
        return;
    }
    const int first = k.first, nesterov = k.nesterov;
    for (ptrdiff_t i = 0; i < count; i++) {
        float g = decayed(grad[i], theta[i], decay);
        float next = first ? g : mu * buffer[i] + keep * g;
        float direction = nesterov ? g + mu * next : next;
        buffer[i] = next;
        theta[i] -= rate * direction;
    }
}
DEFINE_PATHS(sgd,
             (float *restrict theta, const float *restrict grad, float *restrict buffer,
              ptrdiff_t count, lrk_sgd_constants k),
             (theta, grad, buffer, count, k))

void lrk_sgd_update(int path, float *theta, const float *grad, float *buffer, ptrdiff_t count,
                    lrk_sgd_constants constants) {
    if (count <= 0) return;
    RUN_PATH(sgd, path, (theta, grad, buffer, count, constants));
}
