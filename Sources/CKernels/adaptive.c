// RMSprop and Adagrad element loops: each element gets exactly the Float operations of
// `RMSprop.update` and `Adagrad.update`, in their order (the step's constants come from the
// Swift caller).
#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

#include "CKernels.h"
#include "paths.h"

// `g + λ·θ`; `g` itself when λ is 0 (no rounding then).
LRK_BODY float decayed_gradient(float g, float parameter, float decay) {
    return decay != 0 ? g + decay * parameter : g;
}

LRK_BODY void rmsprop_body(float *restrict theta, const float *restrict grad, float *restrict square_average,
                           float *restrict average, float *restrict buffer, ptrdiff_t count,
                           lrk_rmsprop_constants k) {
    for (ptrdiff_t i = 0; i < count; i++) {
        float g = decayed_gradient(grad[i], theta[i], k.decay);
        float v = k.alpha * square_average[i] + k.one_minus_alpha * g * g;
        square_average[i] = v;
        float denominator;
        if (average) {
            // PyTorch's lerp: ḡ + (1 − α)(g − ḡ).
            float a = average[i] + k.one_minus_alpha * (g - average[i]);
            average[i] = a;
            denominator = __builtin_elementwise_sqrt(v - a * a);
        } else {
            denominator = __builtin_elementwise_sqrt(v);
        }
        denominator += k.eps;
        if (buffer) {
            float b = k.mu * buffer[i] + g / denominator;
            buffer[i] = b;
            theta[i] -= k.rate * b;
        } else {
            theta[i] -= k.rate * (g / denominator);
        }
    }
}

DEFINE_PATHS(rmsprop,
             (float *restrict theta, const float *restrict grad, float *restrict square_average,
              float *restrict average, float *restrict buffer, ptrdiff_t count, lrk_rmsprop_constants k),
             (theta, grad, square_average, average, buffer, count, k))

void lrk_rmsprop_update(int path, float *theta, const float *grad, float *square_average, float *average,
                        float *buffer, ptrdiff_t count, lrk_rmsprop_constants constants) {
    RUN_PATH(rmsprop, path, (theta, grad, square_average, average, buffer, count, constants));
}

LRK_BODY void adagrad_body(float *restrict theta, const float *restrict grad, float *restrict sum,
                           ptrdiff_t count, float rate, float decay, float eps) {
    for (ptrdiff_t i = 0; i < count; i++) {
        float g = decayed_gradient(grad[i], theta[i], decay);
        float s = sum[i] + g * g;
        sum[i] = s;
        theta[i] -= rate * (g / (__builtin_elementwise_sqrt(s) + eps));
    }
}

DEFINE_PATHS(adagrad,
             (float *restrict theta, const float *restrict grad, float *restrict sum, ptrdiff_t count,
              float rate, float decay, float eps),
             (theta, grad, sum, count, rate, decay, eps))

void lrk_adagrad_update(int path, float *theta, const float *grad, float *sum, ptrdiff_t count, float rate,
                        float decay, float eps) {
    RUN_PATH(adagrad, path, (theta, grad, sum, count, rate, decay, eps));
}
