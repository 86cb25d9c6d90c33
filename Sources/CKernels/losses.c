// The elementwise loss loops: mean squared error and binary cross-entropy on logits, as
// `MeanSquaredError.evaluate` and `BinaryCrossEntropy.evaluate` compute them per element.
//
// The loss is one serial chain in Double, terms added in increasing index order, exactly as the
// Swift loops summed it. Each block of elements first gathers its targets (and class weights)
// in order, then computes its terms and gradients in the vector lanes (every element the Swift
// code's operations, lrlab's own eˣ and ln(1 + x) from elementary.h), and only the additions
// run one after the other.
#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

#include "CKernels.h"
#include "paths.h"
#include "elementary.h"

enum { LOSS_BLOCK = 64 };

// The targets of elements start ..< start + n of a rows × columns matrix; (r, j) is the
// position of `start`, advanced past the block.
LRK_BODY void gather_targets(const float *restrict values, const ptrdiff_t *restrict classes,
                             const double *restrict class_weights, ptrdiff_t columns, int one_hot,
                             ptrdiff_t start, ptrdiff_t n, ptrdiff_t *r, ptrdiff_t *j,
                             double *restrict targets, double *restrict weights) {
    if (values) {
        for (ptrdiff_t t = 0; t < n; t++) targets[t] = (double)values[start + t];
        if (weights) for (ptrdiff_t t = 0; t < n; t++) weights[t] = 1.0;
        return;
    }
    ptrdiff_t row = *r, column = *j;
    for (ptrdiff_t t = 0; t < n; t++) {
        ptrdiff_t label = classes[row];
        targets[t] = one_hot ? (label == column ? 1.0 : 0.0) : (double)label;
        if (weights) weights[t] = class_weights ? class_weights[label] : 1.0;
        if (++column == columns) {
            column = 0;
            row++;
        }
    }
    *r = row;
    *j = column;
}

LRK_BODY void mse_body(const float *restrict outputs, ptrdiff_t rows, ptrdiff_t columns,
                       const float *restrict values, const ptrdiff_t *restrict classes, double count,
                       double *restrict sum, float *restrict gradient) {
    double targets[LOSS_BLOCK], terms[LOSS_BLOCK];
    float slopes[LOSS_BLOCK];
    const ptrdiff_t total = rows * columns;
    const int one_hot = columns != 1;
    ptrdiff_t r = 0, j = 0;
    double s = *sum;
    for (ptrdiff_t start = 0; start < total; start += LOSS_BLOCK) {
        ptrdiff_t n = total - start < LOSS_BLOCK ? total - start : LOSS_BLOCK;
        gather_targets(values, classes, NULL, columns, one_hot, start, n, &r, &j, targets, NULL);
        for (ptrdiff_t t = 0; t < n; t++) {
            double difference = (double)outputs[start + t] - targets[t];
            terms[t] = difference * difference;
            slopes[t] = (float)(2 * difference / count);
        }
        for (ptrdiff_t t = 0; t < n; t++) s += terms[t];
        if (gradient) for (ptrdiff_t t = 0; t < n; t++) gradient[start + t] = slopes[t];
    }
    *sum = s;
}
DEFINE_PATHS(mse,
             (const float *restrict outputs, ptrdiff_t rows, ptrdiff_t columns, const float *restrict values,
              const ptrdiff_t *restrict classes, double count, double *restrict sum, float *restrict gradient),
             (outputs, rows, columns, values, classes, count, sum, gradient))

void lrk_mse(int path, const float *outputs, ptrdiff_t rows, ptrdiff_t columns, const float *values,
             const ptrdiff_t *classes, double count, double *sum, float *gradient) {
    if (rows <= 0 || columns <= 0) return;
    RUN_PATH(mse, path, (outputs, rows, columns, values, classes, count, sum, gradient));
}

// Per element, with x = Double(logit): e = exp(−x) for x ≥ 0 else exp(x) (both are e^(−|x|),
// `BinaryCrossEntropy`'s two exponentials, so it is computed once; a NaN logit keeps the loss's
// own NaN, −|x|); loss `max(x, 0) − x·t + log1p(e^(−|x|))`; σ(x) = 1/(1 + e) or e/(1 + e).
LRK_BODY void bce_body(const float *restrict outputs, ptrdiff_t rows, ptrdiff_t columns,
                       const float *restrict values, const ptrdiff_t *restrict classes,
                       const double *restrict class_weights, double count, double *restrict sum,
                       float *restrict gradient) {
    double targets[LOSS_BLOCK], weights[LOSS_BLOCK], terms[LOSS_BLOCK];
    float slopes[LOSS_BLOCK];
    const ptrdiff_t total = rows * columns;
    ptrdiff_t r = 0, j = 0;
    double s = *sum;
    for (ptrdiff_t start = 0; start < total; start += LOSS_BLOCK) {
        ptrdiff_t n = total - start < LOSS_BLOCK ? total - start : LOSS_BLOCK;
        gather_targets(values, classes, class_weights, columns, 0, start, n, &r, &j, targets, weights);
        for (ptrdiff_t t = 0; t < n; t++) {
            double x = (double)outputs[start + t];
            double target = targets[t], weight = weights[t];
            double e = lrk_exp_body(x >= 0 ? -x : x);
            double tail = x != x ? -__builtin_fabs(x) : e;
            double positive = 0.0 >= x ? 0.0 : x;
            double loss = positive - x * target + lrk_log1p_body(tail);
            double sigmoid = x >= 0 ? 1 / (1 + e) : e / (1 + e);
            double slope = sigmoid - target;
            terms[t] = weight * loss;
            slopes[t] = (float)(weight * slope / count);
        }
        for (ptrdiff_t t = 0; t < n; t++) s += terms[t];
        if (gradient) for (ptrdiff_t t = 0; t < n; t++) gradient[start + t] = slopes[t];
    }
    *sum = s;
}
DEFINE_PATHS(bce,
             (const float *restrict outputs, ptrdiff_t rows, ptrdiff_t columns, const float *restrict values,
              const ptrdiff_t *restrict classes, const double *restrict class_weights, double count,
              double *restrict sum, float *restrict gradient),
             (outputs, rows, columns, values, classes, class_weights, count, sum, gradient))

void lrk_bce(int path, const float *outputs, ptrdiff_t rows, ptrdiff_t columns, const float *values,
             const ptrdiff_t *classes, const double *class_weights, double count, double *sum, float *gradient) {
    if (rows <= 0 || columns <= 0) return;
    RUN_PATH(bce, path, (outputs, rows, columns, values, classes, class_weights, count, sum, gradient));
}

double lrk_tanh(double x) { return lrk_tanh_body(x); }
double lrk_expm1(double x) { return lrk_expm1_body(x); }
double lrk_erf(double x) { return lrk_erf_body(x); }
double lrk_log1p(double x) { return lrk_log1p_body(x); }
