// The hypergradient optimizers' loops (`SGDHD`, `AdamHD`): SGD's step that also records each
// element's direction, and the dot products of this step's gradient with the last direction.
//
// A dot product is one serial chain in Double, elements added in increasing index order from
// 0, exactly as the Swift loops summed it: a vector-width-dependent split of that chain would
// change the bits. So each block of elements first computes its exact products in the vector
// lanes (the per-element Float arithmetic, then a Double product of two Floats, which is exact),
// and only the additions run one after the other.
#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

#include "CKernels.h"
#include "paths.h"

// The block of elements whose products are formed before they are added in order.
enum { DOT_BLOCK = 64 };

// `g + λ·θ`; `g` itself when λ is 0 (no rounding then).
LRK_BODY float decayed_gradient(float g, float parameter, float decay) {
    return decay != 0 ? g + decay * parameter : g;
}

// As sgd_body (optimizers.c), storing the direction each element moved along.
LRK_BODY void sgd_recording_body(float *restrict theta, const float *restrict grad, float *restrict buffer,
                                 float *restrict direction, ptrdiff_t count, lrk_sgd_constants k) {
    const float rate = k.rate, decay = k.decay, mu = k.mu, keep = k.keep;
    if (!buffer) {
        for (ptrdiff_t i = 0; i < count; i++) {
            float g = decayed_gradient(grad[i], theta[i], decay);
            direction[i] = g;
            theta[i] -= rate * g;
        }
        return;
    }
    const int first = k.first, nesterov = k.nesterov;
    for (ptrdiff_t i = 0; i < count; i++) {
        float g = decayed_gradient(grad[i], theta[i], decay);
        float next = first ? g : mu * buffer[i] + keep * g;
        float d = nesterov ? g + mu * next : next;
        buffer[i] = next;
        direction[i] = d;
        theta[i] -= rate * d;
    }
}
DEFINE_PATHS(sgd_recording,
             (float *restrict theta, const float *restrict grad, float *restrict buffer, float *restrict direction,
              ptrdiff_t count, lrk_sgd_constants k),
             (theta, grad, buffer, direction, count, k))

void lrk_sgd_update_recording(int path, float *theta, const float *grad, float *buffer, float *direction,
                              ptrdiff_t count, lrk_sgd_constants constants) {
    if (count <= 0) return;
    RUN_PATH(sgd_recording, path, (theta, grad, buffer, direction, count, constants));
}

// Σ Double(g̃ᵢ)·Double(dᵢ), serially in index order.
LRK_BODY void decayed_dot_body(const float *restrict grad, const float *restrict theta,
                               const float *restrict direction, ptrdiff_t count, float decay,
                               double *restrict result) {
    double products[DOT_BLOCK];
    double total = 0.0;
    for (ptrdiff_t start = 0; start < count; start += DOT_BLOCK) {
        ptrdiff_t n = count - start < DOT_BLOCK ? count - start : DOT_BLOCK;
        for (ptrdiff_t t = 0; t < n; t++) {
            float g = decayed_gradient(grad[start + t], theta[start + t], decay);
            products[t] = (double)g * (double)direction[start + t];
        }
        for (ptrdiff_t t = 0; t < n; t++) total += products[t];
    }
    *result = total;
}
DEFINE_PATHS(decayed_dot,
             (const float *restrict grad, const float *restrict theta, const float *restrict direction,
              ptrdiff_t count, float decay, double *restrict result),
             (grad, theta, direction, count, decay, result))

double lrk_decayed_dot(int path, const float *grad, const float *theta, const float *direction, ptrdiff_t count,
                       float decay) {
    double result = 0.0;
    if (count <= 0) return result;
    RUN_PATH(decayed_dot, path, (grad, theta, direction, count, decay, &result));
    return result;
}

// Σ Double(g̃ᵢ)·Double((mᵢ/c₁) / (√vᵢ/c₂ + ε)), serially in index order.
LRK_BODY void adam_direction_dot_body(const float *restrict grad, const float *restrict theta,
                                      const float *restrict first, const float *restrict second, ptrdiff_t count,
                                      float decay, int decoupled, float correction1, float correction2_root,
                                      float eps, double *restrict result) {
    double products[DOT_BLOCK];
    double total = 0.0;
    if (decoupled) decay = 0;
    for (ptrdiff_t start = 0; start < count; start += DOT_BLOCK) {
        ptrdiff_t n = count - start < DOT_BLOCK ? count - start : DOT_BLOCK;
        for (ptrdiff_t t = 0; t < n; t++) {
            ptrdiff_t i = start + t;
            float g = decayed_gradient(grad[i], theta[i], decay);
            float d = (first[i] / correction1) / (__builtin_elementwise_sqrt(second[i]) / correction2_root + eps);
            products[t] = (double)g * (double)d;
        }
        for (ptrdiff_t t = 0; t < n; t++) total += products[t];
    }
    *result = total;
}
DEFINE_PATHS(adam_direction_dot,
             (const float *restrict grad, const float *restrict theta, const float *restrict first,
              const float *restrict second, ptrdiff_t count, float decay, int decoupled, float correction1,
              float correction2_root, float eps, double *restrict result),
             (grad, theta, first, second, count, decay, decoupled, correction1, correction2_root, eps, result))

double lrk_adam_direction_dot(int path, const float *grad, const float *theta, const float *first,
                              const float *second, ptrdiff_t count, float decay, int decoupled, float correction1,
                              float correction2_root, float eps) {
    double result = 0.0;
    if (count <= 0) return result;
    RUN_PATH(adam_direction_dot, path,
             (grad, theta, first, second, count, decay, decoupled, correction1, correction2_root, eps, &result));
    return result;
}
