#include "CLibFuzzer.h"

#include <stdio.h>
#include <stdlib.h>

#ifdef FUZZING
// libFuzzer's driver, from the toolchain's compiler-rt; linked by -sanitize=fuzzer.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int lrlab_fuzz_main(int argc, char **argv, lrlab_fuzz_callback callback) {
    return LLVMFuzzerRunDriver(&argc, &argv, callback);
}
#else
static int replay(const char *path, lrlab_fuzz_callback callback) {
    FILE *file = fopen(path, "rb");
    if (!file) return -1;
    size_t capacity = 4096, size = 0;
    uint8_t *data = malloc(capacity);
    size_t n;
    while (data && (n = fread(data + size, 1, capacity - size, file)) > 0) {
        size += n;
        if (size == capacity) {
            uint8_t *grown = realloc(data, capacity *= 2);
            if (!grown) { free(data); data = NULL; }
            else data = grown;
        }
    }
    fclose(file);
    if (!data) return -1;
    callback(data, size);
    free(data);
    return 0;
}

int lrlab_fuzz_main(int argc, char **argv, lrlab_fuzz_callback callback) {
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-') continue;  // libFuzzer flags, meaningless here
        if (replay(argv[i], callback) != 0) {
            fprintf(stderr, "error: cannot read %s\n", argv[i]);
            return 2;
        }
    }
    return 0;
}
#endif
