/* The VM entry points (JVM_*, jio_*) that the JDK static libraries and svm's Jvm class need, for a VM-less image. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <netdb.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <jni.h>

#define RETRY_EINTR(expr) ({ long _r; do { _r = (long)(expr); } while (_r == -1 && errno == EINTR); _r; })

/* Called once by svm at isolate start-up; nothing needs setting up here. */
JNIEXPORT void JNICALL initialize(void) {}

JNIEXPORT jint JNICALL JVM_GetInterfaceVersion(void) {
  return 6; /* JVM_INTERFACE_VERSION of JDK 9+ */
}

/* Like HotSpot without container limits: CPUs in our affinity mask, else the online count. */
JNIEXPORT jint JNICALL JVM_ActiveProcessorCount(void) {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof(set), &set) == 0) {
    int n = CPU_COUNT(&set);
    if (n > 0) return n;
  }
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (jint)n : 1;
}

JNIEXPORT jlong JNICALL JVM_CurrentTimeMillis(JNIEnv *env, jclass ignored) {
  (void)env; (void)ignored;
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (jlong)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Monotonic, as System.nanoTime requires. */
JNIEXPORT jlong JNICALL JVM_NanoTime(JNIEnv *env, jclass ignored) {
  (void)env; (void)ignored;
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (jlong)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Wall-clock nanoseconds relative to offset_secs; -1 when the difference does not fit (VM.getNanoTimeAdjustment). */
JNIEXPORT jlong JNICALL JVM_GetNanoTimeAdjustment(JNIEnv *env, jclass ignored, jlong offset_secs) {
  (void)env; (void)ignored;
  const jlong max_diff = (jlong)1 << 32;
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  jlong diff = (jlong)ts.tv_sec - offset_secs;
  if (diff >= max_diff || diff <= -max_diff) return -1;
  return diff * 1000000000 + ts.tv_nsec;
}

JNIEXPORT void JNICALL JVM_Halt(jint code) {
  exit(code);
}

JNIEXPORT void JNICALL JVM_BeforeHalt(void) {}

/* Runtime.gc() is only a hint; doing nothing is a valid answer. */
JNIEXPORT void JNICALL JVM_GC(void) {}

JNIEXPORT void JNICALL JVM_Yield(JNIEnv *env, jclass cls) {
  (void)env; (void)cls;
  sched_yield();
}

/* Libraries: in a static image the JDK's own libraries are already in the executable. */
JNIEXPORT jboolean JNICALL JVM_IsStaticallyLinked(void) {
  return JNI_TRUE;
}

JNIEXPORT void *JNICALL JVM_LoadLibrary(const char *name, jboolean throwException) {
  (void)throwException; /* no VM to throw from: callers see NULL */
  return dlopen(name, RTLD_LAZY);
}

JNIEXPORT void JNICALL JVM_UnloadLibrary(void *handle) {
  if (handle != NULL) dlclose(handle);
}

/* A NULL handle means "the executable itself", which for a static build is RTLD_DEFAULT. */
JNIEXPORT void *JNICALL JVM_FindLibraryEntry(void *handle, const char *name) {
  return dlsym(handle != NULL ? handle : RTLD_DEFAULT, name);
}

JNIEXPORT char *JNICALL JVM_NativePath(char *path) {
  return path; /* Unix paths need no conversion */
}

JNIEXPORT jboolean JNICALL JVM_IsSupportedJNIVersion(jint version) {
  switch (version) {
    case JNI_VERSION_1_1: case JNI_VERSION_1_2: case JNI_VERSION_1_4: case JNI_VERSION_1_6:
    case JNI_VERSION_1_8: case 0x00090000: case 0x000a0000: case 0x00130000: case 0x00140000:
    case 0x00150000: case 0x00180000:
      return JNI_TRUE;
    default:
      return JNI_FALSE;
  }
}

JNIEXPORT jstring JNICALL JVM_GetTemporaryDirectory(JNIEnv *env) {
  return (*env)->NewStringUTF(env, "/tmp"); /* HotSpot's os::get_temp_directory() on Linux */
}

/* CDS is never in use in a native image: the archive queries have their "no archive" answers. */
JNIEXPORT jint JNICALL JVM_GetCDSConfigStatus(void) { return 0; }
JNIEXPORT jlong JNICALL JVM_GetRandomSeedForDumping(void) { return 0; }
JNIEXPORT void JNICALL JVM_InitializeFromArchive(JNIEnv *env, jclass cls) { (void)env; (void)cls; }
JNIEXPORT jboolean JNICALL JVM_NeedsClassInitBarrierForCDS(JNIEnv *env, jclass cls) { (void)env; (void)cls; return JNI_FALSE; }
JNIEXPORT void JNICALL JVM_RegisterLambdaProxyClassForArchiving(JNIEnv *env, jclass a, jstring b, jobject c,
    jobject d, jobject e, jobject f, jclass g) {
  (void)env; (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; (void)g;
}
JNIEXPORT jclass JNICALL JVM_LookupLambdaProxyClassFromArchive(JNIEnv *env, jclass a, jstring b, jobject c,
    jobject d, jobject e, jobject f) {
  (void)env; (void)a; (void)b; (void)c; (void)d; (void)e; (void)f;
  return NULL;
}
JNIEXPORT void JNICALL JVM_LogLambdaFormInvoker(JNIEnv *env, jstring line) { (void)env; (void)line; }
JNIEXPORT jboolean JNICALL JVM_IsPreviewEnabled(void) { return JNI_FALSE; }

/* Signals. */
static const struct { const char *name; int num; } signal_names[] = {
  {"HUP", SIGHUP}, {"INT", SIGINT}, {"QUIT", SIGQUIT}, {"ILL", SIGILL}, {"TRAP", SIGTRAP}, {"ABRT", SIGABRT},
  {"IOT", SIGIOT}, {"BUS", SIGBUS}, {"FPE", SIGFPE}, {"KILL", SIGKILL}, {"USR1", SIGUSR1}, {"SEGV", SIGSEGV},
  {"USR2", SIGUSR2}, {"PIPE", SIGPIPE}, {"ALRM", SIGALRM}, {"TERM", SIGTERM}, {"STKFLT", SIGSTKFLT},
  {"CLD", SIGCHLD}, {"CHLD", SIGCHLD}, {"CONT", SIGCONT}, {"STOP", SIGSTOP}, {"TSTP", SIGTSTP}, {"TTIN", SIGTTIN},
  {"TTOU", SIGTTOU}, {"URG", SIGURG}, {"XCPU", SIGXCPU}, {"XFSZ", SIGXFSZ}, {"VTALRM", SIGVTALRM},
  {"PROF", SIGPROF}, {"WINCH", SIGWINCH}, {"POLL", SIGPOLL}, {"IO", SIGIO}, {"PWR", SIGPWR}, {"SYS", SIGSYS},
};

JNIEXPORT jint JNICALL JVM_FindSignal(const char *name) {
  for (size_t i = 0; i < sizeof(signal_names) / sizeof(signal_names[0]); i++) {
    if (strcmp(name, signal_names[i].name) == 0) return signal_names[i].num;
  }
  return -1;
}

JNIEXPORT jboolean JNICALL JVM_RaiseSignal(jint sig) {
  return raise(sig) == 0 ? JNI_TRUE : JNI_FALSE;
}

/* Installs a plain C handler (or SIG_DFL/SIG_IGN); returns the previous one, or (void*)-1 on error.
 * HotSpot's special value 2 ("route to the Java dispatcher") has no VM here and is refused. */
JNIEXPORT void *JNICALL JVM_RegisterSignal(jint sig, void *handler) {
  if (handler == (void *)2) return (void *)-1;
  struct sigaction sa, old;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = (void (*)(int))handler;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  if (sigaction(sig, &sa, &old) != 0) return (void *)-1;
  return (old.sa_flags & SA_SIGINFO) ? (void *)old.sa_sigaction : (void *)old.sa_handler;
}

/* Raw monitors: recursive mutexes, as HotSpot's are re-entrant for their owner. */
JNIEXPORT void *JNICALL JVM_RawMonitorCreate(void) {
  pthread_mutex_t *m = malloc(sizeof(*m));
  if (m == NULL) return NULL;
  pthread_mutexattr_t attr;
  pthread_mutexattr_init(&attr);
  pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(m, &attr);
  pthread_mutexattr_destroy(&attr);
  return m;
}

JNIEXPORT void JNICALL JVM_RawMonitorDestroy(void *mon) {
  if (mon == NULL) return;
  pthread_mutex_destroy(mon);
  free(mon);
}

JNIEXPORT jint JNICALL JVM_RawMonitorEnter(void *mon) {
  return pthread_mutex_lock(mon) == 0 ? 0 : -1;
}

JNIEXPORT void JNICALL JVM_RawMonitorExit(void *mon) {
  pthread_mutex_unlock(mon);
}

/* Socket helpers of the old JVM interface, kept for native code that still calls them. */
JNIEXPORT jint JNICALL JVM_InitializeSocketLibrary(void) { return 0; }
JNIEXPORT jint JNICALL JVM_Socket(jint domain, jint type, jint protocol) { return socket(domain, type, protocol); }
JNIEXPORT jint JNICALL JVM_SocketClose(jint fd) { return close(fd); }
JNIEXPORT jint JNICALL JVM_SocketShutdown(jint fd, jint howto) { return shutdown(fd, howto); }
JNIEXPORT jint JNICALL JVM_Listen(jint fd, jint count) { return listen(fd, count); }
JNIEXPORT jint JNICALL JVM_Connect(jint fd, struct sockaddr *him, socklen_t len) {
  return (jint)RETRY_EINTR(connect(fd, him, len));
}
JNIEXPORT jint JNICALL JVM_Send(jint fd, char *buf, size_t n, unsigned flags) {
  return (jint)RETRY_EINTR(send(fd, buf, n, (int)flags));
}
JNIEXPORT jint JNICALL JVM_GetSockName(jint fd, struct sockaddr *him, socklen_t *len) { return getsockname(fd, him, len); }
JNIEXPORT jint JNICALL JVM_GetSockOpt(jint fd, int level, int opt, char *val, socklen_t *len) {
  return getsockopt(fd, level, opt, val, len);
}
JNIEXPORT jint JNICALL JVM_SetSockOpt(jint fd, int level, int opt, const char *val, socklen_t len) {
  return setsockopt(fd, level, opt, val, len);
}
JNIEXPORT jint JNICALL JVM_GetHostName(char *name, int len) { return gethostname(name, (size_t)len); }
/* 1 when the byte count was obtained, 0 on failure (HotSpot convention). */
JNIEXPORT jint JNICALL JVM_SocketAvailable(jint fd, jint *pbytes) {
  if (fd < 0) return 0;
  return RETRY_EINTR(ioctl(fd, FIONREAD, pbytes)) == -1 ? 0 : 1;
}

JNIEXPORT jint JNICALL JVM_GetLastErrorString(char *buf, int len) {
  if (errno == 0 || len <= 0) return 0;
  const char *s = strerror(errno);
  size_t n = strlen(s);
  if (n >= (size_t)len) n = (size_t)len - 1;
  memcpy(buf, s, n);
  buf[n] = '\0';
  return (jint)n;
}

/* jio_*: printf family with HotSpot's truncation rule (result -1 and NUL-terminated when the buffer is too small). */
JNIEXPORT int jio_vsnprintf(char *str, size_t count, const char *fmt, va_list args) {
  if ((intptr_t)count <= 0) return -1;
  int r = vsnprintf(str, count, fmt, args);
  if (r < 0 || (size_t)r >= count) {
    str[count - 1] = '\0';
    return -1;
  }
  return r;
}

JNIEXPORT int jio_snprintf(char *str, size_t count, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = jio_vsnprintf(str, count, fmt, ap);
  va_end(ap);
  return r;
}

JNIEXPORT int jio_vfprintf(FILE *f, const char *fmt, va_list args) {
  return vfprintf(f, fmt, args);
}

JNIEXPORT int jio_fprintf(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfprintf(f, fmt, ap);
  va_end(ap);
  return r;
}

JNIEXPORT int jio_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfprintf(stdout, fmt, ap);
  va_end(ap);
  return r;
}
