// printf's %.*g and %.*f behind a fixed signature: Swift reaches it without building a
// va_list per number (boxing the arguments cost more than the formatting itself).
#include <stdio.h>

#include "CKernels.h"

int lrk_format_number(char *buffer, size_t size, int precision, double value, int fixed) {
    return fixed ? snprintf(buffer, size, "%.*f", precision, value)
                 : snprintf(buffer, size, "%.*g", precision, value);
}
