/* glibc 2.38 compatibility: the __isoc23_* entry points that the JDK static libs (built on 2.38) import, for a 2.36 libc. */
#include <ctype.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* C23 strto* accept a 0b/0B prefix for base 0 and 2; C99 ones stop after the "0". Handle that, forward the rest. */
static int binary_prefix(const char *s, int base, const char **digits) {
  const char *p = s;
  while (isspace((unsigned char)*p)) p++;
  if (*p == '+' || *p == '-') p++;
  if ((base == 0 || base == 2) && p[0] == '0' && (p[1] == 'b' || p[1] == 'B') && (p[2] == '0' || p[2] == '1')) {
    *digits = p + 2;
    return 1;
  }
  return 0;
}

/* Parses [ws][sign]0b<digits> as unsigned magnitude, then applies the sign like strtoul/strtol do. */
#define BINARY_CASE(T, conv)                                              \
  do {                                                                    \
    const char *d;                                                        \
    if (binary_prefix(s, base, &d)) {                                     \
      const char *p = s;                                                  \
      while (isspace((unsigned char)*p)) p++;                             \
      int neg = *p == '-';                                                \
      char *e;                                                            \
      T v = conv(d, &e, 2);                                               \
      if (end) *end = e;                                                  \
      return neg ? (T)(0 - v) : v;                                        \
    }                                                                     \
  } while (0)

long __isoc23_strtol(const char *s, char **end, int base) {
  BINARY_CASE(long, strtol);
  return strtol(s, end, base);
}

unsigned long __isoc23_strtoul(const char *s, char **end, int base) {
  BINARY_CASE(unsigned long, strtoul);
  return strtoul(s, end, base);
}

long long __isoc23_strtoll(const char *s, char **end, int base) {
  BINARY_CASE(long long, strtoll);
  return strtoll(s, end, base);
}

unsigned long long __isoc23_strtoull(const char *s, char **end, int base) {
  BINARY_CASE(unsigned long long, strtoull);
  return strtoull(s, end, base);
}

intmax_t __isoc23_strtoimax(const char *s, char **end, int base) {
  BINARY_CASE(intmax_t, strtoimax);
  return strtoimax(s, end, base);
}

uintmax_t __isoc23_strtoumax(const char *s, char **end, int base) {
  BINARY_CASE(uintmax_t, strtoumax);
  return strtoumax(s, end, base);
}

/* scanf family: identical to the C99 versions except for %b, which the JDK sources do not use. */
int __isoc23_vsscanf(const char *s, const char *fmt, va_list ap) {
  return vsscanf(s, fmt, ap);
}

int __isoc23_sscanf(const char *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsscanf(s, fmt, ap);
  va_end(ap);
  return r;
}

int __isoc23_vfscanf(FILE *f, const char *fmt, va_list ap) {
  return vfscanf(f, fmt, ap);
}

int __isoc23_fscanf(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfscanf(f, fmt, ap);
  va_end(ap);
  return r;
}

int __isoc23_vscanf(const char *fmt, va_list ap) {
  return vscanf(fmt, ap);
}

int __isoc23_scanf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vscanf(fmt, ap);
  va_end(ap);
  return r;
}
