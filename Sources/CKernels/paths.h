// One kernel, three paths: a loop body written once, compiled once per instruction set.
//
// A kernel's body is an always-inline function over plain C arithmetic. DEFINE_PATHS wraps it
// in a portable function and, on x86-64, in an AVX2+FMA and an AVX-512 function (per-function
// `target` attributes), so every path runs the same source: the same IEEE operations in the
// same order for each element, only laid out in wider vector lanes. The files that use it are
// compiled with contraction off, so no path fuses a multiply and an add the source keeps apart.
#ifndef LRLAB_KERNELS_PATHS_H
#define LRLAB_KERNELS_PATHS_H

#include "CKernels.h"

#define LRK_BODY static inline __attribute__((always_inline))

#if defined(__x86_64__)
#define LRK_AVX512_TARGET __attribute__((target("avx512f,avx512bw,avx512dq,avx512vl,fma")))
#define LRK_AVX2_TARGET __attribute__((target("avx2,fma")))

#define DEFINE_PATHS(name, params, args)                                                        \
    static void name##_portable params { name##_body args; }                                    \
    LRK_AVX2_TARGET static void name##_avx2 params { name##_body args; }                        \
    LRK_AVX512_TARGET __attribute__((min_vector_width(512))) static void name##_avx512 params { \
        name##_body args;                                                                       \
    }

#define RUN_PATH(name, path, args)                                                              \
    do {                                                                                        \
        if ((path) == LRK_PATH_AVX512 && lrk_path_available(LRK_PATH_AVX512)) name##_avx512 args; \
        else if ((path) == LRK_PATH_AVX2 && lrk_path_available(LRK_PATH_AVX2)) name##_avx2 args; \
        else name##_portable args;                                                              \
    } while (0)
#else
#define DEFINE_PATHS(name, params, args) \
    static void name##_portable params { name##_body args; }
#define RUN_PATH(name, path, args) name##_portable args
#endif

#endif
