// Order statistics of Float32 values by radix selection on order-preserving integer keys: a
// histogram of the top 12 bits over all keys, then the next 10 and the last 10 bits over the
// keys of one bucket. Linear, without data-dependent branches on the values, and exact: the
// k-th smallest key is the k-th smallest value, whatever algorithm finds it.
#include "CKernels.h"

#include <string.h>

enum { TOP_BITS = 12, MIDDLE_BITS = 10, LOW_BITS = 10 };

// Non-negative floats map above 2³¹ in their own order, negative ones below it reversed.
static inline uint32_t key_of(uint32_t bits) {
    return (bits & 0x80000000u) ? ~bits : bits | 0x80000000u;
}

float lrk_float_of_key(uint32_t key) {
    uint32_t bits = (key & 0x80000000u) ? key & 0x7fffffffu : ~key;
    float value;
    memcpy(&value, &bits, sizeof value);
    return value;
}

ptrdiff_t lrk_float_keys(const float *values, ptrdiff_t count, uint32_t *keys) {
    ptrdiff_t written = 0;
    for (ptrdiff_t i = 0; i < count; i++) {
        uint32_t bits;
        memcpy(&bits, values + i, sizeof bits);
        if ((bits & 0x7fffffffu) > 0x7f800000u) continue;  // NaN
        if (bits == 0x80000000u) return -1;                 // −0
        keys[written++] = key_of(bits);
    }
    return written;
}

// The bucket holding the `k`-th smallest of the counted keys; `k` becomes its rank inside.
static uint32_t find_bucket(const uint32_t *histogram, ptrdiff_t *k) {
    uint32_t bucket = 0;
    while ((ptrdiff_t)histogram[bucket] <= *k) {
        *k -= histogram[bucket];
        bucket++;
    }
    return bucket;
}

void lrk_select_keys(const uint32_t *keys, ptrdiff_t count, const ptrdiff_t *ranks,
                     ptrdiff_t rank_count, uint32_t *selected, uint32_t *scratch) {
    static _Thread_local uint32_t top[1u << TOP_BITS];
    memset(top, 0, sizeof top);
    for (ptrdiff_t i = 0; i < count; i++) top[keys[i] >> (32 - TOP_BITS)]++;
    uint32_t gathered = 0xffffffffu;  // the top bucket whose keys are in `scratch`
    ptrdiff_t members = 0;
    for (ptrdiff_t q = 0; q < rank_count; q++) {
        ptrdiff_t k = ranks[q];
        if (k < 0 || k >= count) {
            selected[q] = 0;
            continue;
        }
        uint32_t bucket = find_bucket(top, &k);
        if (bucket != gathered) {
            members = 0;
            // Branch-free: every key is written, the cursor only moves past members.
            for (ptrdiff_t i = 0; i < count; i++) {
                scratch[members] = keys[i];
                members += keys[i] >> (32 - TOP_BITS) == bucket;
            }
            gathered = bucket;
        }
        uint32_t middle[1u << MIDDLE_BITS] = {0};
        for (ptrdiff_t i = 0; i < members; i++) {
            middle[(scratch[i] >> LOW_BITS) & ((1u << MIDDLE_BITS) - 1)]++;
        }
        uint32_t prefix = (bucket << MIDDLE_BITS) | find_bucket(middle, &k);
        uint32_t low[1u << LOW_BITS] = {0};
        for (ptrdiff_t i = 0; i < members; i++) {
            low[scratch[i] & ((1u << LOW_BITS) - 1)] += scratch[i] >> LOW_BITS == prefix;
        }
        selected[q] = (prefix << LOW_BITS) | find_bucket(low, &k);
    }
}
