/* Fixed-argument entry points for libc functions that are variadic or missing in glibc 2.36: svm's Java side
 * cannot call a variadic C function, so it declares one exact signature per use and expects it here. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

/* Fcntl$NoTransitions.open: open(path, flags, mode) */
int openSII(const char *path, int flags, int mode) {
    return open(path, flags, mode);
}

/* Fcntl$NoTransitions.openat: openat(dirfd, path, flags, mode) */
int openatISII(int dirfd, const char *path, int flags, int mode) {
    return openat(dirfd, path, flags, mode);
}

/* LinuxLibCHelper$NoTransitions.mremapP: mremap with the fifth (new address) argument */
void *mremapP(void *old_address, size_t old_size, size_t new_size, int flags, void *new_address) {
    return mremap(old_address, old_size, new_size, flags, new_address);
}

/* PosixVMThreads.failFatally: fprintf(stream, format, string, int) */
int fprintfSD(FILE *stream, const char *format, const char *text, int number) {
    return fprintf(stream, format, text, number);
}

/* PosixLibC.strlcpy: glibc has it only from 2.38; weak so a newer libc's own one is preferred. */
__attribute__((weak)) size_t strlcpy(char *destination, const char *source, size_t size) {
    size_t length = strlen(source);
    if (size > 0) {
        size_t copied = length < size - 1 ? length : size - 1;
        memcpy(destination, source, copied);
        destination[copied] = '\0';
    }
    return length;
}
