#ifndef LRLAB_SHA256_H
#define LRLAB_SHA256_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this CPU has the SHA extensions (SHA-NI), else 0; detected once.
int lrk_sha256_extensions_available(void);

/// Runs SHA-256's compression over `count` whole 64-byte blocks, updating `state` in place.
/// `extensions` nonzero uses SHA-NI where the CPU has it; both give the same state.
void lrk_sha256_blocks(int extensions, uint32_t state[8], const uint8_t *blocks, size_t count);

#endif
