// The exponentials of softmax cross-entropy, and lrlab's own eˣ (`Elementary.exp`) in C.
//
// The exponential is `elementary.h`'s `lrk_exp_body`, `Elementary.exp` operation for operation
// (Cody–Waite reduction, fdlibm's rational form, exact scaling by 2ᵏ), written without
// branches so that it vectorizes. Contraction is off, so the bits are those of the Swift
// function on every path.
#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

#include "CKernels.h"
#include "elementary.h"
#include "kernels_internal.h"
#include "paths.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

double lrk_exp(double x) { return lrk_exp_body(x); }

// out[r, j] = exp(Double(x[r, j]) − shift[r]).
LRK_BODY void exp_shifted_body(const float *restrict x, ptrdiff_t rows, ptrdiff_t columns,
                               const double *restrict shift, double *restrict out) {
    for (ptrdiff_t r = 0; r < rows; r++) {
        const float *restrict row = x + r * columns;
        double *restrict dst = out + r * columns;
        double s = shift[r];
        for (ptrdiff_t j = 0; j < columns; j++) dst[j] = lrk_exp_body((double)row[j] - s);
    }
}
DEFINE_PATHS(exp_shifted,
             (const float *restrict x, ptrdiff_t rows, ptrdiff_t columns,
              const double *restrict shift, double *restrict out),
             (x, rows, columns, shift, out))

void lrk_exp_shifted(int path, const float *x, ptrdiff_t rows, ptrdiff_t columns,
                     const double *shift, double *out) {
    if (rows <= 0 || columns <= 0) return;
    RUN_PATH(exp_shifted, path, (x, rows, columns, shift, out));
}

// exp over a contiguous buffer.
LRK_BODY void exp_doubles_body(const double *restrict x, ptrdiff_t count, double *restrict out) {
    for (ptrdiff_t i = 0; i < count; i++) out[i] = lrk_exp_body(x[i]);
}
DEFINE_PATHS(exp_doubles, (const double *restrict x, ptrdiff_t count, double *restrict out),
             (x, count, out))

void lrk_exp_doubles(int path, const double *x, ptrdiff_t count, double *out) {
    if (count <= 0) return;
    RUN_PATH(exp_doubles, path, (x, count, out));
}

double *lrk_scratch_doubles(ptrdiff_t count) {
    static _Thread_local double *buffer;
    static _Thread_local ptrdiff_t capacity;
    if (count > capacity) {
        ptrdiff_t grown = count < 1024 ? 1024 : count;
        double *larger = aligned_alloc(64, sizeof(double) * (size_t)((grown + 7) & ~(ptrdiff_t)7));
        if (!larger) return NULL;
        free(buffer);
        buffer = larger;
        capacity = grown;
    }
    return buffer;
}
