#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>

typedef int (*lrlab_fuzz_callback)(const uint8_t *data, size_t size);

/// Built with `-Xcc -DFUZZING -sanitize=fuzzer`: hands the command line to libFuzzer's driver.
/// Otherwise: runs `callback` once on the contents of each file named on the command line
/// (to replay a corpus or a crash), returning 0, or 2 when a file cannot be read.
int lrlab_fuzz_main(int argc, char **argv, lrlab_fuzz_callback callback);

#endif
