// RMSprop, Adagrad, Adamax, Adadelta and NAdam element loops: each element gets exactly the
// Float operations of the optimizers' Swift rules (`RMSprop`, `Adagrad`, `Adamax`, `Adadelta`,
// `NAdam`), in their order (the step's constants come from the Swift caller); and their
// effective rates.
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

// Swift's `max(x, y)`: `y >= x ? y : x`.
LRK_BODY float max_of(float x, float y) { return y >= x ? y : x; }

LRK_BODY void adamax_body(float *restrict theta, const float *restrict grad, float *restrict first,
                          float *restrict infinity_norm, ptrdiff_t count, lrk_adamax_constants k) {
    const int low = k.weight < 0.5f;
    for (ptrdiff_t i = 0; i < count; i++) {
        float g = decayed_gradient(grad[i], theta[i], k.decay);
        // PyTorch's float lerp, in the form the weight selects.
        float m = low ? first[i] + k.weight * (g - first[i]) : g - (g - first[i]) * (1.0f - k.weight);
        first[i] = m;
        float u = max_of(infinity_norm[i] * k.beta2, __builtin_fabsf(g) + k.eps);
        infinity_norm[i] = u;
        theta[i] -= k.step_size * (m / u);
    }
}

DEFINE_PATHS(adamax,
             (float *restrict theta, const float *restrict grad, float *restrict first,
              float *restrict infinity_norm, ptrdiff_t count, lrk_adamax_constants k),
             (theta, grad, first, infinity_norm, count, k))

void lrk_adamax_update(int path, float *theta, const float *grad, float *first, float *infinity_norm,
                       ptrdiff_t count, lrk_adamax_constants constants) {
    RUN_PATH(adamax, path, (theta, grad, first, infinity_norm, count, constants));
}

LRK_BODY void adadelta_body(float *restrict theta, const float *restrict grad, float *restrict square_average,
                            float *restrict delta_average, float *restrict last_ratio, ptrdiff_t count,
                            float rate, float decay, float rho, float one_minus_rho, float eps) {
    for (ptrdiff_t i = 0; i < count; i++) {
        float g = decayed_gradient(grad[i], theta[i], decay);
        float v = rho * square_average[i] + one_minus_rho * (g * g);
        square_average[i] = v;
        float ratio = __builtin_elementwise_sqrt(delta_average[i] + eps) / __builtin_elementwise_sqrt(v + eps);
        last_ratio[i] = ratio;
        float delta = ratio * g;
        delta_average[i] = rho * delta_average[i] + one_minus_rho * (delta * delta);
        theta[i] -= rate * delta;
    }
}

DEFINE_PATHS(adadelta,
             (float *restrict theta, const float *restrict grad, float *restrict square_average,
              float *restrict delta_average, float *restrict last_ratio, ptrdiff_t count, float rate, float decay,
              float rho, float one_minus_rho, float eps),
             (theta, grad, square_average, delta_average, last_ratio, count, rate, decay, rho, one_minus_rho, eps))

void lrk_adadelta_update(int path, float *theta, const float *grad, float *square_average, float *delta_average,
                         float *last_ratio, ptrdiff_t count, float rate, float decay, float rho, float one_minus_rho,
                         float eps) {
    RUN_PATH(adadelta, path,
             (theta, grad, square_average, delta_average, last_ratio, count, rate, decay, rho, one_minus_rho, eps));
}

LRK_BODY void nadam_body(float *restrict theta, const float *restrict grad, float *restrict first,
                         float *restrict second, ptrdiff_t count, lrk_nadam_constants k) {
    const int low = k.weight < 0.5f;
    for (ptrdiff_t i = 0; i < count; i++) {
        float g = decayed_gradient(grad[i], theta[i], k.decay);
        // PyTorch's float lerp, in the form the weight selects.
        float m = low ? first[i] + k.weight * (g - first[i]) : g - (g - first[i]) * (1.0f - k.weight);
        first[i] = m;
        float v = k.beta2 * second[i] + k.one_minus_beta2 * (g * g);
        second[i] = v;
        float denominator = __builtin_elementwise_sqrt(v / k.correction) + k.eps;
        // Two roundings of θ, as the Swift loop's two `+=`.
        float t = theta[i] + k.gradient_step * (g / denominator);
        theta[i] = t + k.moment_step * (m / denominator);
    }
}

DEFINE_PATHS(nadam,
             (float *restrict theta, const float *restrict grad, float *restrict first, float *restrict second,
              ptrdiff_t count, lrk_nadam_constants k),
             (theta, grad, first, second, count, k))

void lrk_nadam_update(int path, float *theta, const float *grad, float *first, float *second, ptrdiff_t count,
                      lrk_nadam_constants constants) {
    if (count <= 0) return;
    RUN_PATH(nadam, path, (theta, grad, first, second, count, constants));
}

// The effective rates of the last step, `rates[i]` from an optimizer's state, with the Swift
// `effectiveRates(into:)` loops' operations in their order; one rule per optimizer family.
LRK_BODY void effective_rates_body(int rule, const float *restrict state, const float *restrict average,
                                   ptrdiff_t count, float eta, float correction, float eps,
                                   float *restrict rates) {
    switch (rule) {
    case LRK_RATES_ROOT:
        for (ptrdiff_t i = 0; i < count; i++) rates[i] = eta / (__builtin_elementwise_sqrt(state[i]) + eps);
        break;
    case LRK_RATES_CENTERED_ROOT:
        for (ptrdiff_t i = 0; i < count; i++) {
            rates[i] = eta / (__builtin_elementwise_sqrt(state[i] - average[i] * average[i]) + eps);
        }
        break;
    case LRK_RATES_CORRECTED_ROOT:
        for (ptrdiff_t i = 0; i < count; i++) {
            rates[i] = eta / (__builtin_elementwise_sqrt(state[i] / correction) + eps);
        }
        break;
    case LRK_RATES_QUOTIENT:
        for (ptrdiff_t i = 0; i < count; i++) rates[i] = eta / state[i];
        break;
    case LRK_RATES_PRODUCT:
        for (ptrdiff_t i = 0; i < count; i++) rates[i] = eta * state[i];
        break;
    default:
        break;
    }
}

DEFINE_PATHS(effective_rates,
             (int rule, const float *restrict state, const float *restrict average, ptrdiff_t count, float eta,
              float correction, float eps, float *restrict rates),
             (rule, state, average, count, eta, correction, eps, rates))

void lrk_effective_rates(int path, int rule, const float *state, const float *average, ptrdiff_t count, float eta,
                         float correction, float eps, float *rates) {
    if (count <= 0) return;
    RUN_PATH(effective_rates, path, (rule, state, average, count, eta, correction, eps, rates));
}
