/* Thread, environment and code-cache helpers for LibCHelper, LinuxLibCHelper and CodeSynchronizationOperations. */
#define _GNU_SOURCE
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

extern char **environ;

int getThreadId(void) {
  return (int)syscall(SYS_gettid);
}

/* User CPU time of a thread of this process in ns, from /proc/self/task/TID/stat (field 14, utime); -1 on error. */
long getThreadUserTimeSlow(int tid) {
  static long ticks_per_sec;
  if (ticks_per_sec <= 0) ticks_per_sec = sysconf(_SC_CLK_TCK);
  if (ticks_per_sec <= 0) return -1;

  char path[64], buf[2048];
  snprintf(path, sizeof(path), "/proc/self/task/%d/stat", tid);
  FILE *fp = fopen(path, "re");
  if (fp == NULL) return -1;
  size_t len = fread(buf, 1, sizeof(buf) - 1, fp);
  fclose(fp);
  buf[len] = '\0';

  /* The command name may contain spaces and parentheses: parse after the last ')'. */
  char *p = strrchr(buf, ')');
  if (p == NULL) return -1;
  p++;
  /* After ')' come: state(3) ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime(14). */
  int field = 2;
  char *tok, *save = NULL;
  for (tok = strtok_r(p, " \t\n", &save); tok != NULL; tok = strtok_r(NULL, " \t\n", &save)) {
    field++;
    if (field == 14) {
      unsigned long long utime = strtoull(tok, NULL, 10);
      return (long)(utime * (1000000000ULL / (unsigned long long)ticks_per_sec));
    }
  }
  return -1;
}

char **getEnviron(void) {
  return environ;
}

/* x86 keeps instruction and data caches coherent; the builtin still orders the stores and is a no-op here. */
void codeSynchronization_clearCache(long start, long size) {
  __builtin___clear_cache((char *)start, (char *)(start + size));
}
