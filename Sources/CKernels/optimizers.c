// Optimizer element loops (Adam/AdamW, their effective rates, SGD with momentum). The step's
// constants are computed by the Swift caller (in Double, then rounded to Float, as before);
// each element gets exactly the Float operations of `AdamMoments` and `SGD`, in their order.
#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

#include "CKernels.h"
#include "kernels_internal.h"
#include "paths.h"

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
DEFINE_PATHS(adam,
             (float *restrict theta, const float *restrict grad, float *restrict m1,
              float *restrict m2, float *restrict v_max, ptrdiff_t count, lrk_adam_constants k),
             (theta, grad, m1, m2, v_max, count, k))

void lrk_adam_update(int path, float *theta, const float *grad, float *m1, float *m2,
                     float *v_max, ptrdiff_t count, lrk_adam_constants constants) {
    if (count <= 0) return;
    RUN_PATH(adam, path, (theta, grad, m1, m2, v_max, count, constants));
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
