#ifndef LRLAB_CKERNELS_H
#define LRLAB_CKERNELS_H

#include <stddef.h>
#include <stdint.h>

/// The instruction-set paths lrlab's kernels are compiled for. Every path computes every output
/// element with the same sequence of IEEE operations, so the results are bit-identical.
typedef enum {
    LRK_PATH_PORTABLE = 0,
    LRK_PATH_AVX2 = 1,
    LRK_PATH_AVX512 = 2,
} lrk_path;

/// 1 when this CPU (and OS) can run `path`, else 0.
int lrk_path_available(int path);

/// The fastest path this CPU can run, detected once.
int lrk_best_path(void);

/// `C = alpha·op(A)·op(B) + beta·C` over row-major storage (see `GEMMKernel`), on `path`
/// (which must be available). Products accumulate with fused multiply-adds in depth blocks of
/// `LRK_DEPTH_BLOCK`, each block added to C as `fma(alpha, block, C)`.
void lrk_sgemm(
    int path, int transpose_a, int transpose_b,
    ptrdiff_t m, ptrdiff_t n, ptrdiff_t k,
    float alpha, const float *a, ptrdiff_t lda,
    const float *b, ptrdiff_t ldb,
    float beta, float *c, ptrdiff_t ldc);

/// Measures the single-core FP32 peak of `path` in GFLOP/s: independent chains of fused
/// multiply-adds over registers for about `seconds`.
double lrk_measure_peak_gflops(int path, double seconds);

/// The value of environment variable `name`, or NULL (read without Foundation).
const char *lrk_environment(const char *name);

/// The depth block of every GEMM path (part of the arithmetic: fixed, never tuned per path).
enum { LRK_DEPTH_BLOCK = 256 };

/// The activations the dense-layer kernels know (`Activation` in Swift).
typedef enum {
    LRK_ACTIVATION_IDENTITY = 0,
    LRK_ACTIVATION_RELU = 1,
    LRK_ACTIVATION_LEAKY_RELU = 2,
    LRK_ACTIVATION_ELU = 3,
    LRK_ACTIVATION_TANH = 4,
    LRK_ACTIVATION_SIGMOID = 5,
    LRK_ACTIVATION_GELU = 6,
} lrk_activation;

/// `z[r, j] += bias[j]` over a `rows × columns` row-major matrix, then, when `a ≠ z`,
/// `a[r, j] = f(z[r, j])` for every activation but identity (leaky ReLU with slope `slope`;
/// ELU, tanh, sigmoid and GELU with `Elementary`'s bits). With `a = z` only the bias is added.
void lrk_bias_activation(int path, const float *bias, float *z, float *a, ptrdiff_t rows,
                         ptrdiff_t columns, int activation, float slope);

/// `gradient[i] *= f′(z[i])` from the forward pass's `z` and `a = f(z)` (identity: nothing;
/// GELU: `Float(Double(g)·(Φ(x) + x·φ(x)))` with `Elementary`'s erf and exp bits).
void lrk_activation_backward(int path, float *gradient, const float *z, const float *a,
                             ptrdiff_t count, int activation, float slope);

/// `sums[j] = Σᵣ x[r, j]`, from zero, rows added in increasing order.
void lrk_column_sums(int path, const float *x, ptrdiff_t rows, ptrdiff_t columns, float *sums);

/// `x[i] *= factor`.
void lrk_scale(int path, float *x, ptrdiff_t count, float factor);

/// One Adam step's Float constants (computed by the caller in Double, then rounded).
typedef struct {
    float weight;            // 1 − β₁
    float beta2;             // β₂
    float one_minus_beta2;   // 1 − β₂
    float correction2_root;  // √(1 − β₂ᵗ)
    float eps;
    float step_size;         // η / (1 − β₁ᵗ)
    float decay;             // λ of the segment
    float shrink;            // 1 − η·λ (decoupled decay)
    int decoupled;           // AdamW
} lrk_adam_constants;

/// One Adam/AdamW step over `count` elements (`v_max` non-NULL: AMSGrad), as `AdamMoments`.
/// With `squares` non-NULL, also `*squares += Double(grad[i])²` for i in increasing order (one
/// serial chain, the gradient norm's), in the same pass.
void lrk_adam_update(int path, float *theta, const float *grad, float *m1, float *m2,
                     float *v_max, ptrdiff_t count, lrk_adam_constants constants,
                     double *squares);

/// 1 when none of `x[0..<count]` is NaN or infinite, else 0.
int lrk_all_finite(int path, const float *x, ptrdiff_t count);

/// Adam's effective rates `rates[i] = eta / (√v[i] / root + eps)`.
void lrk_adam_rates(int path, const float *v, ptrdiff_t count, float eta, float root, float eps,
                    float *rates);

/// One SGD step's Float constants.
typedef struct {
    float rate;   // η
    float decay;  // λ
    float mu;     // μ
    float keep;   // 1 − dampening
    int first;    // the momentum buffer's first step
    int nesterov;
} lrk_sgd_constants;

/// One SGD step over `count` elements, as `SGD` (`buffer` NULL: no momentum).
void lrk_sgd_update(int path, float *theta, const float *grad, float *buffer, ptrdiff_t count,
                    lrk_sgd_constants constants);

/// The constants of one RMSprop step over a segment (see `RMSprop`).
typedef struct {
    float rate;              // η
    float decay;             // λ (L2)
    float alpha;             // α
    float one_minus_alpha;   // 1 − α, rounded from Double
    float eps;
    float mu;                // momentum μ (used when the buffer is given)
} lrk_rmsprop_constants;

/// One RMSprop step over `count` elements, as `RMSprop`: `average` is ḡ (NULL: not centred),
/// `buffer` the momentum buffer (NULL: μ = 0).
void lrk_rmsprop_update(int path, float *theta, const float *grad, float *square_average, float *average,
                        float *buffer, ptrdiff_t count, lrk_rmsprop_constants constants);

/// One Adagrad step over `count` elements, as `Adagrad`: `rate` is the decayed rate η̃.
void lrk_adagrad_update(int path, float *theta, const float *grad, float *sum, ptrdiff_t count,
                        float rate, float decay, float eps);

/// The constants of one Adamax step over a segment (see `Adamax`).
typedef struct {
    float step_size;   // η / (1 − β₁ᵗ)
    float decay;       // λ (L2)
    float weight;      // 1 − β₁, the lerp weight
    float beta2;
    float eps;
} lrk_adamax_constants;

/// One Adamax step over `count` elements, as `Adamax`.
void lrk_adamax_update(int path, float *theta, const float *grad, float *first, float *infinity_norm,
                       ptrdiff_t count, lrk_adamax_constants constants);

/// One Adadelta step over `count` elements, as `Adadelta` (`last_ratio` receives each element's
/// √(Δ + ε)/√(v + ε), its effective rate before η).
void lrk_adadelta_update(int path, float *theta, const float *grad, float *square_average, float *delta_average,
                         float *last_ratio, ptrdiff_t count, float rate, float decay, float rho, float one_minus_rho,
                         float eps);

/// The constants of one NAdam step over a segment (see `NAdam`).
typedef struct {
    float decay;           // λ (L2)
    float weight;          // 1 − β₁, the lerp weight
    float beta2;
    float one_minus_beta2;
    float correction;      // 1 − β₂ᵗ
    float eps;
    float gradient_step;   // −η·(1 − μₜ)/(1 − Πₜ), the factor of g/d
    float moment_step;     // −η·μₜ₊₁/(1 − Πₜ·μₜ₊₁), the factor of m/d
} lrk_nadam_constants;

/// One NAdam step over `count` elements, as `NAdam`: `θ += gradient_step·(g/d)`, then
/// `θ += moment_step·(m/d)`, d = √(v/(1 − β₂ᵗ)) + ε.
void lrk_nadam_update(int path, float *theta, const float *grad, float *first, float *second, ptrdiff_t count,
                      lrk_nadam_constants constants);

/// The per-element rules of the optimizers' effective rates (`effectiveRates(into:)`), with η
/// the segment's rate, `s` the state and `ḡ` the average.
typedef enum {
    LRK_RATES_ROOT = 0,            // η / (√s + ε): Adagrad (s the sum), RMSprop (v)
    LRK_RATES_CENTERED_ROOT = 1,   // η / (√(s − ḡ·ḡ) + ε): centred RMSprop
    LRK_RATES_CORRECTED_ROOT = 2,  // η / (√(s / correction) + ε): NAdam
    LRK_RATES_QUOTIENT = 3,        // η / s: Adamax (s the infinity norm)
    LRK_RATES_PRODUCT = 4,         // η · s: Adadelta (s the last ratio)
} lrk_rates_rule;

/// `rates[i]` by `rule` over `count` elements of `state` (and `average`, centred RMSprop only).
void lrk_effective_rates(int path, int rule, const float *state, const float *average, ptrdiff_t count, float eta,
                         float correction, float eps, float *rates);

/// One SGD step over `count` elements, as `lrk_sgd_update`, that also stores each element's
/// direction (the decayed gradient, or the momentum direction) in `direction` (`SGDHD`).
void lrk_sgd_update_recording(int path, float *theta, const float *grad, float *buffer, float *direction,
                              ptrdiff_t count, lrk_sgd_constants constants);

/// `Σᵢ Double(g̃ᵢ)·Double(directionᵢ)` from 0, i in increasing order (one serial chain; the
/// products are exact), g̃ = the L2-decayed gradient `grad[i] + decay·theta[i]` (`grad[i]` when
/// decay is 0): `SGDHD`'s hypergradient over one segment.
double lrk_decayed_dot(int path, const float *grad, const float *theta, const float *direction, ptrdiff_t count,
                       float decay);

/// `Σᵢ Double(g̃ᵢ)·Double(dᵢ)` from 0 in index order (one serial chain), dᵢ = Adam's last
/// direction `(m[i]/correction1) / (√v[i]/correction2_root + eps)` and g̃ the gradient, L2-decayed
/// unless `decoupled`: `AdamHD`'s hypergradient over one segment.
double lrk_adam_direction_dot(int path, const float *grad, const float *theta, const float *first,
                              const float *second, ptrdiff_t count, float decay, int decoupled, float correction1,
                              float correction2_root, float eps);

/// Mean squared error over a `rows × columns` matrix of `outputs`, as `MeanSquaredError`:
/// target `values[i]` (non-NULL), else from `classes[r]` (the number itself for one column,
/// one-hot otherwise). Adds `(oᵢ − tᵢ)²` (in Double) to `*sum` in index order (one serial
/// chain) and, with `gradient` non-NULL, writes `Float(2(oᵢ − tᵢ)/count)`.
void lrk_mse(int path, const float *outputs, ptrdiff_t rows, ptrdiff_t columns, const float *values,
             const ptrdiff_t *classes, double count, double *sum, float *gradient);

/// Binary cross-entropy on logits, as `BinaryCrossEntropy`: target `values[i]` (non-NULL), else
/// `classes[r]`; weight `class_weights[classes[r]]` (class targets with weights), else 1. Adds
/// `w·(max(x, 0) − x·t + log1p(e^(−|x|)))` to `*sum` in index order (one serial chain) and,
/// with `gradient` non-NULL, writes `Float(w·(σ(x) − t)/count)`.
void lrk_bce(int path, const float *outputs, ptrdiff_t rows, ptrdiff_t columns, const float *values,
             const ptrdiff_t *classes, const double *class_weights, double count, double *sum, float *gradient);

/// lrlab's tanh, eˣ − 1, erf and ln(1 + x) (`Elementary`, the same bits) in C, for the tests.
double lrk_tanh(double x);
double lrk_expm1(double x);
double lrk_erf(double x);
double lrk_log1p(double x);

/// Order-preserving keys of the non-NaN `values` (unsigned order = float order), written to
/// `keys`; returns how many, or −1 when a value is −0 (equal to +0 but of other bits, so a
/// selection could not say which of the two it found).
ptrdiff_t lrk_float_keys(const float *values, ptrdiff_t count, uint32_t *keys);

/// The float whose key `lrk_float_keys` wrote.
float lrk_float_of_key(uint32_t key);

/// `selected[q]` = the `ranks[q]`-th smallest (0-based) of `keys[0..<count]`, by radix
/// selection; `scratch` holds `count` keys. `keys` is not reordered.
void lrk_select_keys(const uint32_t *keys, ptrdiff_t count, const ptrdiff_t *ranks,
                     ptrdiff_t rank_count, uint32_t *selected, uint32_t *scratch);

/// lrlab's eˣ (`Elementary.exp`, the same bits) in C.
double lrk_exp(double x);

/// `out[r, j] = exp(Double(x[r, j]) − shift[r])` over a `rows × columns` row-major matrix
/// (`Elementary.exp`'s bits on every path).
void lrk_exp_shifted(int path, const float *x, ptrdiff_t rows, ptrdiff_t columns,
                     const double *shift, double *out);

/// `out[i] = exp(x[i])` (`Elementary.exp`'s bits on every path).
void lrk_exp_doubles(int path, const double *x, ptrdiff_t count, double *out);

/// This thread's scratch buffer of at least `count` doubles, grown only when too small (NULL
/// when out of memory). Valid until the thread's next call.
double *lrk_scratch_doubles(ptrdiff_t count);

/// `snprintf(buffer, size, fixed ? "%.*f" : "%.*g", precision, value)`: the C library's
/// correctly rounded formatting behind a fixed signature (no va_list to build per number).
int lrk_format_number(char *buffer, size_t size, int precision, double value, int fixed);

#include "sha256.h"

#endif
