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
} lrk_activation;

/// `z[r, j] += bias[j]` over a `rows × columns` row-major matrix, then, for ReLU and leaky
/// ReLU (slope `slope`) and `a ≠ z`, `a[r, j] = f(z[r, j])`; other activations only add the
/// bias (their forward pass stays in Swift).
void lrk_bias_activation(int path, const float *bias, float *z, float *a, ptrdiff_t rows,
                         ptrdiff_t columns, int activation, float slope);

/// `gradient[i] *= f′(z[i])` from the forward pass's `z` and `a = f(z)` (identity: nothing).
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
