/* Smoke test linking our libchelper/jvm/svm_container with the JDK static libs: calls the entry points and checks results. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "amd64cpufeatures.h"
#include "svm_locale.h"

/* Entry points declared here as the Java side sees them (no public headers for these). */
int JVM_ActiveProcessorCount(void);
long JVM_NanoTime(void *, void *);
long JVM_CurrentTimeMillis(void *, void *);
long JVM_GetNanoTimeAdjustment(void *, void *, long);
void *JVM_FindLibraryEntry(void *, const char *);
int jio_snprintf(char *, size_t, const char *, ...);
long __isoc23_strtol(const char *, char **, int);
unsigned long __isoc23_strtoul(const char *, char **, int);
int __isoc23_sscanf(const char *, const char *, ...);
int getThreadId(void);
long getThreadUserTimeSlow(int);
char **getEnviron(void);
char *SVM_FindJavaTZmd(const char *, int);
int cSunMiscSignal_open(void);
int cSunMiscSignal_close(void);
int cSunMiscSignal_awaitSemaphore(void);
int cSunMiscSignal_checkPendingSignal(void);
void (*cSunMiscSignal_signalHandlerFunctionPointer(void))(int);
int svm_container_initialize(int);
long svm_container_physical_memory(void);
long svm_container_memory_limit_in_bytes(void);
int svm_container_active_processor_count(void);
/* From the JDK static libs: pulls in objects that import JVM_* and the __isoc23_* symbols. */
int Java_java_lang_Runtime_availableProcessors(void *, void *);

extern void Java_java_lang_ProcessHandleImpl_initNative(void *, void *);
extern void Java_java_net_NetworkInterface_init(void *, void *);

static int passed, failed;
static void check(bool ok, const char *what) {
  printf("%s %s\n", ok ? "PASS" : "FAIL", what);
  if (ok) passed++; else failed++;
}

int main(void) {
  CPUFeatures f;
  memset(&f, 0x55, sizeof(f));
  determineCPUFeatures(&f);
  printf("cpu: SSE2=%d SSE4_2=%d POPCNT=%d AVX=%d AVX2=%d BMI1=%d BMI2=%d FMA=%d LZCNT=%d F16C=%d AVX512F=%d HV=%d TSCINV=%d\n",
         f.fSSE2, f.fSSE4_2, f.fPOPCNT, f.fAVX, f.fAVX2, f.fBMI1, f.fBMI2, f.fFMA, f.fLZCNT, f.fF16C, f.fAVX512F, f.fHV,
         f.fTSCINV);
  bool flags01 = true;
  for (size_t i = 0; i < sizeof(f); i++) flags01 &= ((unsigned char *)&f)[i] <= 1;
  check(flags01, "every CPUFeatures field is 0 or 1");
  check(f.fSSE2 && f.fCX8 && f.fCMOV, "x86-64 baseline (SSE2, CX8, CMOV) detected");

  /* Mask as the builder makes it: 0xFF = don't care, 0xFE = required. */
  unsigned char mask[(sizeof(CPUFeatures) + 7) & ~7u];
  memset(mask, 0xFF, sizeof(mask));
  mask[offsetof(CPUFeatures, fSSE2)] = 0xFE;
  mask[offsetof(CPUFeatures, fCMOV)] = 0xFE;
  check(checkCPUFeatures(mask) == 0, "checkCPUFeatures accepts SSE2+CMOV");
  mask[offsetof(CPUFeatures, fAVX512ER)] = 0xFE; /* Xeon Phi only: absent on any current CPU */
  check(f.fAVX512ER || checkCPUFeatures(mask) != 0, "checkCPUFeatures rejects a missing feature");

  int cpus = JVM_ActiveProcessorCount();
  printf("JVM_ActiveProcessorCount=%d Runtime.availableProcessors(native)=%d\n", cpus,
         Java_java_lang_Runtime_availableProcessors(NULL, NULL));
  check(cpus >= 1 && cpus == Java_java_lang_Runtime_availableProcessors(NULL, NULL), "processor count");
  long t0 = JVM_NanoTime(NULL, NULL);
  usleep(20000);
  long t1 = JVM_NanoTime(NULL, NULL);
  printf("JVM_NanoTime delta over 20ms sleep = %ld ns\n", t1 - t0);
  check(t1 - t0 >= 20000000 && t1 - t0 < 2000000000, "JVM_NanoTime monotonic and plausible");
  long ms = JVM_CurrentTimeMillis(NULL, NULL);
  long adj = JVM_GetNanoTimeAdjustment(NULL, NULL, ms / 1000 - 10);
  check(adj >= 10000000000L && adj < 12000000000L, "JVM_GetNanoTimeAdjustment");
  check(JVM_FindLibraryEntry(NULL, "getpid") == (void *)getpid, "JVM_FindLibraryEntry(NULL) searches the process");

  char buf[8];
  check(jio_snprintf(buf, sizeof(buf), "%s", "123456789") == -1 && strcmp(buf, "1234567") == 0,
        "jio_snprintf truncates with -1");

  char *end;
  check(__isoc23_strtol("  -42xyz", &end, 10) == -42 && *end == 'x', "shim __isoc23_strtol");
  check(__isoc23_strtol("0b101", NULL, 0) == 5, "shim __isoc23_strtol C23 0b prefix");
  check(__isoc23_strtoul("ff", NULL, 16) == 255, "shim __isoc23_strtoul");
  int a = 0, b = 0;
  check(__isoc23_sscanf("7 9", "%d %d", &a, &b) == 2 && a == 7 && b == 9, "shim __isoc23_sscanf");

  int tid = getThreadId();
  long ut = getThreadUserTimeSlow(tid);
  printf("getThreadId=%d (pid %d) getThreadUserTimeSlow=%ld ns\n", tid, getpid(), ut);
  check(tid == getpid() && ut >= 0, "thread id and user time");
  check(getEnviron() != NULL && getEnviron()[0] != NULL, "getEnviron");

  char *tz = SVM_FindJavaTZmd(NULL, 0);
  printf("SVM_FindJavaTZmd=%s\n", tz ? tz : "(null)");
  free(tz);
  setenv("TZ", ":Europe/Berlin", 1);
  tz = SVM_FindJavaTZmd(NULL, 0);
  check(tz != NULL && strcmp(tz, "Europe/Berlin") == 0, "SVM_FindJavaTZmd honours TZ");
  free(tz);
  unsetenv("TZ");

  setenv("LC_ALL", "C.UTF-8", 1);
  check(svm_initialize_locale() == SVM_LOCALE_INITIALIZATION_SUCCEEDED, "svm_initialize_locale");
  svm_locale_props_t *lp = svm_get_locale();
  printf("locale: format=%s_%s display=%s_%s\n", lp->format_language, lp->format_country ? lp->format_country : "",
         lp->display_language, lp->display_country ? lp->display_country : "");
  check(lp->format_language != NULL && strcmp(lp->format_language, "en") == 0, "C locale maps to en");

  /* Signal path: handler counts, semaphore wakes the dispatcher, checkPendingSignal hands out the number. */
  check(cSunMiscSignal_open() == 0, "cSunMiscSignal_open");
  check(cSunMiscSignal_open() == -1, "cSunMiscSignal_open is exclusive");
  signal(SIGUSR1, cSunMiscSignal_signalHandlerFunctionPointer());
  raise(SIGUSR1);
  int got = cSunMiscSignal_awaitSemaphore() == 0 ? cSunMiscSignal_checkPendingSignal() : -99;
  check(got == SIGUSR1 && cSunMiscSignal_checkPendingSignal() == -1, "signal counted and dispatched once");
  check(cSunMiscSignal_close() == 0, "cSunMiscSignal_close");

  int cr = svm_container_initialize(240100);
  printf("container: init=%d physical=%ld limit=%ld cpus=%d\n", cr, svm_container_physical_memory(),
         svm_container_memory_limit_in_bytes(), svm_container_active_processor_count());
  check(cr == 0 || cr == 1, "svm_container_initialize");
  check(svm_container_initialize(1) == 3, "svm_container version check");
  check(svm_container_active_processor_count() >= 1 && svm_container_physical_memory() > 0, "container numbers");
  /* Set by a caller that ran us inside a cgroup it configured (see the report / README of this folder). */
  const char *want_mem = getenv("CLIBS_EXPECT_MEM_LIMIT"), *want_cpus = getenv("CLIBS_EXPECT_CPUS");
  if (want_mem != NULL) {
    check(cr == 1 && svm_container_memory_limit_in_bytes() == atol(want_mem) &&
          svm_container_physical_memory() == atol(want_mem), "container memory limit from cgroup");
  }
  if (want_cpus != NULL) check(svm_container_active_processor_count() == atoi(want_cpus), "container CPUs from quota");

  /* Only referenced, never called: forces the linker to resolve these objects' imports. */
  volatile void *keep[] = {(void *)Java_java_lang_ProcessHandleImpl_initNative, (void *)Java_java_net_NetworkInterface_init};
  (void)keep;
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
