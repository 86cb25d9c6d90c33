// CPU detection (once) and the peak measurement's portable fallback.
#include "CKernels.h"
#include "kernels_internal.h"

#include <math.h>
#include <stdlib.h>
#include <time.h>

double lrk_seconds_now(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec * 1e-9;
}

static int detect_path(int path) {
    switch (path) {
    case LRK_PATH_PORTABLE: return 1;
#if defined(__x86_64__)
    case LRK_PATH_AVX2:
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    case LRK_PATH_AVX512:
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
               __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl") &&
               __builtin_cpu_supports("fma");
#endif
    default: return 0;
    }
}

// Every kernel call asks, so the answers are detected once (racing first calls store the
// same value).
int lrk_path_available(int path) {
    static int known[3] = {-1, -1, -1};
    if (path < 0 || path > 2) return 0;
    int answer = __atomic_load_n(&known[path], __ATOMIC_RELAXED);
    if (answer < 0) {
        answer = detect_path(path);
        __atomic_store_n(&known[path], answer, __ATOMIC_RELAXED);
    }
    return answer;
}

int lrk_best_path(void) {
    static int best = -1;
    if (best < 0) {
        best = lrk_path_available(LRK_PATH_AVX512) ? LRK_PATH_AVX512
             : lrk_path_available(LRK_PATH_AVX2)   ? LRK_PATH_AVX2
                                                   : LRK_PATH_PORTABLE;
    }
    return best;
}

double lrk_measure_peak_gflops(int path, double seconds) {
#if defined(__x86_64__)
    if (path == LRK_PATH_AVX512 && lrk_path_available(path)) return lrk_peak_avx512(seconds);
    if (path == LRK_PATH_AVX2 && lrk_path_available(path)) return lrk_peak_avx2(seconds);
#endif
    // Portable: scalar fmaf chains (a library call where the baseline lacks FMA).
    float acc[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    double start = lrk_seconds_now(), elapsed = 0, rounds = 0;
    do {
        for (int i = 0; i < 4096; i++) {
            for (int r = 0; r < 8; r++) acc[r] = fmaf(acc[r], 0.999999f, 1e-7f);
        }
        rounds += 4096;
        elapsed = lrk_seconds_now() - start;
    } while (elapsed < seconds);
    volatile float keep = acc[0] + acc[7];
    (void)keep;
    return rounds * 8 * 2 / elapsed / 1e9;
}

const char *lrk_environment(const char *name) { return getenv(name); }
