/* Process-wide signal counters and semaphore behind CSunMiscSignal (async-signal-safe C handler for Java signal dispatch). */
#include <errno.h>
#include <semaphore.h>
#include <signal.h>
#include <stdbool.h>

/* Only one isolate may own the mechanism at a time; the handler cannot know about isolates. */
static volatile int owner_claimed;
static volatile long pending[NSIG];
static sem_t wakeup;
static volatile int wakeup_ready;

int cSunMiscSignal_open(void) {
  if (!__sync_bool_compare_and_swap(&owner_claimed, 0, 1)) {
    errno = EBUSY;
    return -1;
  }
  for (int i = 0; i < NSIG; i++) pending[i] = 0;
  if (sem_init(&wakeup, 0, 0) != 0) {
    owner_claimed = 0;
    return -1;
  }
  __atomic_store_n(&wakeup_ready, 1, __ATOMIC_RELEASE);
  return 0;
}

int cSunMiscSignal_close(void) {
  if (__atomic_exchange_n(&wakeup_ready, 0, __ATOMIC_ACQ_REL)) {
    if (sem_destroy(&wakeup) != 0) return -1;
  }
  owner_claimed = 0;
  return 0;
}

/* Blocks until a handler (or signalSemaphore) posts; an interrupted wait counts as a wake-up. */
int cSunMiscSignal_awaitSemaphore(void) {
  if (!__atomic_load_n(&wakeup_ready, __ATOMIC_ACQUIRE)) {
    errno = EINVAL;
    return -1;
  }
  if (sem_wait(&wakeup) != 0 && errno != EINTR) return -1;
  return 0;
}

int cSunMiscSignal_signalSemaphore(void) {
  if (!__atomic_load_n(&wakeup_ready, __ATOMIC_ACQUIRE)) {
    errno = EINVAL;
    return -1;
  }
  return sem_post(&wakeup);
}

bool cSunMiscSignal_signalRangeCheck(int sig) {
  return sig > 0 && sig < NSIG;
}

/* Takes one pending occurrence of some signal: returns its number, or -1 when nothing is pending. */
int cSunMiscSignal_checkPendingSignal(void) {
  for (int sig = 1; sig < NSIG; sig++) {
    long n = __atomic_load_n(&pending[sig], __ATOMIC_ACQUIRE);
    while (n > 0) {
      if (__atomic_compare_exchange_n(&pending[sig], &n, n - 1, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        return sig;
      }
    }
  }
  return -1;
}

/* Runs on whatever thread the kernel picked: only atomics and sem_post (async-signal-safe). */
static void count_signal(int sig) {
  int saved = errno;
  if (sig > 0 && sig < NSIG) {
    __atomic_add_fetch(&pending[sig], 1, __ATOMIC_ACQ_REL);
    if (__atomic_load_n(&wakeup_ready, __ATOMIC_ACQUIRE)) sem_post(&wakeup);
  }
  errno = saved;
}

void (*cSunMiscSignal_signalHandlerFunctionPointer(void))(int) {
  return count_signal;
}
