/* Container resource limits for svm's ContainerLibrary: cgroup v2 (unified) with a cgroup v1 fallback, HotSpot's conventions. */
#define _GNU_SOURCE
#include <ctype.h>
#include <limits.h>
#include <sched.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Keep in step with ContainerLibrary.java (VERSION and the initialize() results). */
#define EXPECTED_VERSION 240100
#define RESULT_NOT_CONTAINERIZED 0
#define RESULT_CONTAINERIZED 1
#define RESULT_LIB_TOO_OLD 2
#define RESULT_LIB_TOO_NEW 3

#define UNLIMITED (-1L)
#define NOT_AVAILABLE (-2L) /* HotSpot's OSCONTAINER_ERROR */

typedef struct {
  bool found;
  char mount_root[PATH_MAX]; /* root of the mounted hierarchy (4th mountinfo field) */
  char mount_point[PATH_MAX];
  char cgroup_path[PATH_MAX]; /* our cgroup from /proc/self/cgroup */
  bool read_only;
} hierarchy_t;

static int cgroup_version;          /* 0 none, 1 or 2 */
static hierarchy_t mem_h, cpu_h;    /* for v2 both are the unified hierarchy */
static bool containerized;

static long host_memory(void) {
  long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
  return pages > 0 && size > 0 ? pages * size : 0;
}

static int host_cpus(void) {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)n : 1;
}

/* Reads the first line of DIR/FILE; false when missing. */
static bool read_line(const char *dir, const char *file, char *buf, size_t len) {
  char path[PATH_MAX + 64];
  snprintf(path, sizeof(path), "%s/%s", dir, file);
  FILE *fp = fopen(path, "re");
  if (fp == NULL) return false;
  bool ok = fgets(buf, (int)len, fp) != NULL;
  fclose(fp);
  if (ok) buf[strcspn(buf, "\n")] = '\0';
  return ok;
}

/* A number, or UNLIMITED for "max" / v1's near-LONG_MAX sentinel, or NOT_AVAILABLE. */
static long read_value(const char *dir, const char *file) {
  char buf[128];
  if (!read_line(dir, file, buf, sizeof(buf))) return NOT_AVAILABLE;
  if (strncmp(buf, "max", 3) == 0) return UNLIMITED;
  char *end;
  unsigned long long v = strtoull(buf, &end, 10);
  if (end == buf) return NOT_AVAILABLE;
  if (v >= (unsigned long long)LONG_MAX / 2) return UNLIMITED; /* v1 "no limit" is 0x7FFFFFFFFFFFF000 */
  return (long)v;
}

/* Looks up KEY in a "key value" file such as memory.stat. */
static long read_keyed(const char *dir, const char *file, const char *key) {
  char path[PATH_MAX + 64], line[256];
  snprintf(path, sizeof(path), "%s/%s", dir, file);
  FILE *fp = fopen(path, "re");
  if (fp == NULL) return NOT_AVAILABLE;
  long r = NOT_AVAILABLE;
  size_t klen = strlen(key);
  while (fgets(line, sizeof(line), fp) != NULL) {
    if (strncmp(line, key, klen) == 0 && line[klen] == ' ') {
      r = (long)strtoull(line + klen + 1, NULL, 10);
      break;
    }
  }
  fclose(fp);
  return r;
}

/* Directory of our cgroup inside the mounted hierarchy (handles both namespaced and host views). */
static void controller_dir(const hierarchy_t *h, char *out, size_t len) {
  const char *rel = h->cgroup_path;
  size_t rootlen = strlen(h->mount_root);
  if (strcmp(h->mount_root, "/") == 0) {
    /* whole hierarchy mounted: append our path */
  } else if (strncmp(rel, h->mount_root, rootlen) == 0 && (rel[rootlen] == '/' || rel[rootlen] == '\0')) {
    rel += rootlen; /* mount shows a sub-tree that contains us */
  } else {
    rel = ""; /* namespaced: the mount root already is our cgroup */
  }
  snprintf(out, len, "%s%s", h->mount_point, strcmp(rel, "/") == 0 ? "" : rel);
}

/* Smallest positive limit on the path from our cgroup up to the mount point (limits of parents apply too). */
static long hierarchical_limit(const hierarchy_t *h, const char *file) {
  char dir[PATH_MAX];
  controller_dir(h, dir, sizeof(dir));
  size_t stop = strlen(h->mount_point);
  long best = NOT_AVAILABLE;
  for (;;) {
    long v = read_value(dir, file);
    if (v >= 0 && (best < 0 || v < best)) best = v;
    else if (v == UNLIMITED && best == NOT_AVAILABLE) best = UNLIMITED;
    if (strlen(dir) <= stop) break;
    char *slash = strrchr(dir, '/');
    if (slash == NULL || (size_t)(slash - dir) < stop) break;
    *slash = '\0';
    if (strlen(dir) < stop) break;
  }
  return best;
}

static bool has_option(const char *opts, const char *name) {
  size_t n = strlen(name);
  for (const char *p = opts; (p = strstr(p, name)) != NULL; p += n) {
    if ((p == opts || p[-1] == ',') && (p[n] == ',' || p[n] == '\0' || isspace((unsigned char)p[n]))) return true;
  }
  return false;
}

static void set_mount(hierarchy_t *t, const char *root, const char *point, bool ro) {
  t->found = true;
  t->read_only = ro;
  snprintf(t->mount_root, PATH_MAX, "%s", root);
  snprintf(t->mount_point, PATH_MAX, "%s", point);
}

/* Parses /proc/self/mountinfo for the v1 memory and cpu mounts and the cgroup2 mount. In hybrid setups
 * (v1 controllers plus an empty cgroup2 "unified" tree) the v1 controllers are the ones that hold the limits. */
static void scan_mounts(void) {
  FILE *fp = fopen("/proc/self/mountinfo", "re");
  if (fp == NULL) return;
  hierarchy_t unified;
  memset(&unified, 0, sizeof(unified));
  char line[4096];
  while (fgets(line, sizeof(line), fp) != NULL) {
    char root[PATH_MAX], point[PATH_MAX], opts[1024], fstype[64], source[PATH_MAX], super[1024];
    /* id parent major:minor root mount-point options [optional...] - fstype source super-options */
    if (sscanf(line, "%*d %*d %*s %4095s %4095s %1023s", root, point, opts) != 3) continue;
    char *dash = strstr(line, " - ");
    if (dash == NULL || sscanf(dash + 3, "%63s %4095s %1023s", fstype, source, super) != 3) continue;
    bool ro = has_option(opts, "ro");
    if (strcmp(fstype, "cgroup2") == 0) {
      if (!unified.found) set_mount(&unified, root, point, ro);
    } else if (strcmp(fstype, "cgroup") == 0) {
      if (has_option(super, "memory") && !mem_h.found) set_mount(&mem_h, root, point, ro);
      if (has_option(super, "cpu") && !cpu_h.found) set_mount(&cpu_h, root, point, ro);
    }
  }
  fclose(fp);
  if (mem_h.found || cpu_h.found) {
    cgroup_version = 1;
  } else if (unified.found) {
    cgroup_version = 2;
    mem_h = unified;
    cpu_h = unified;
  }
}

/* Reads our cgroup paths: "0::/path" (v2) or "N:memory:/path", "N:cpu,cpuacct:/path" (v1). */
static void scan_self_cgroup(void) {
  FILE *fp = fopen("/proc/self/cgroup", "re");
  if (fp == NULL) return;
  char line[4096];
  while (fgets(line, sizeof(line), fp) != NULL) {
    line[strcspn(line, "\n")] = '\0';
    char *c1 = strchr(line, ':');
    char *c2 = c1 != NULL ? strchr(c1 + 1, ':') : NULL;
    if (c2 == NULL) continue;
    *c2 = '\0';
    const char *ctrls = c1 + 1, *path = c2 + 1;
    if (cgroup_version == 2 && *ctrls == '\0') {
      snprintf(mem_h.cgroup_path, PATH_MAX, "%s", path);
      snprintf(cpu_h.cgroup_path, PATH_MAX, "%s", path);
    } else if (cgroup_version == 1) {
      if (has_option(ctrls, "memory")) snprintf(mem_h.cgroup_path, PATH_MAX, "%s", path);
      if (has_option(ctrls, "cpu")) snprintf(cpu_h.cgroup_path, PATH_MAX, "%s", path);
    }
  }
  fclose(fp);
}

static long raw_memory_limit(void) {
  if (!mem_h.found) return NOT_AVAILABLE;
  return hierarchical_limit(&mem_h, cgroup_version == 2 ? "memory.max" : "memory.limit_in_bytes");
}

long svm_container_memory_limit_in_bytes(void) {
  long limit = raw_memory_limit();
  long host = host_memory();
  /* A limit at or above the host's RAM limits nothing (HotSpot reports it as unlimited). */
  if (limit > 0 && host > 0 && limit >= host) return UNLIMITED;
  return limit;
}

static int cpu_quota_count(void) {
  if (!cpu_h.found) return -1;
  char dir[PATH_MAX];
  controller_dir(&cpu_h, dir, sizeof(dir));
  long quota = -1, period = 0;
  if (cgroup_version == 2) {
    char buf[128];
    if (read_line(dir, "cpu.max", buf, sizeof(buf))) {
      char q[32];
      if (sscanf(buf, "%31s %ld", q, &period) == 2 && strcmp(q, "max") != 0) quota = strtol(q, NULL, 10);
    }
  } else {
    quota = read_value(dir, "cpu.cfs_quota_us");
    period = read_value(dir, "cpu.cfs_period_us");
  }
  if (quota <= 0 || period <= 0) return -1;
  return (int)((quota + period - 1) / period); /* ceil, as HotSpot */
}

int svm_container_initialize(int java_side_version) {
  if (java_side_version > EXPECTED_VERSION) return RESULT_LIB_TOO_OLD;
  if (java_side_version < EXPECTED_VERSION) return RESULT_LIB_TOO_NEW;
  memset(&mem_h, 0, sizeof(mem_h));
  memset(&cpu_h, 0, sizeof(cpu_h));
  cgroup_version = 0;
  scan_mounts();
  if (cgroup_version != 0) scan_self_cgroup();
  /* Container runtimes mount the cgroup tree read-only; a real memory or CPU limit also counts. */
  containerized = cgroup_version != 0 &&
                  (mem_h.read_only || cpu_h.read_only || svm_container_memory_limit_in_bytes() > 0 ||
                   cpu_quota_count() > 0);
  return containerized ? RESULT_CONTAINERIZED : RESULT_NOT_CONTAINERIZED;
}

/* Like os::physical_memory(): the container's limit when there is one, else the host's RAM. */
long svm_container_physical_memory(void) {
  long limit = containerized ? svm_container_memory_limit_in_bytes() : -1;
  return limit > 0 ? limit : host_memory();
}

long svm_container_memory_and_swap_limit_in_bytes(void) {
  if (!mem_h.found) return NOT_AVAILABLE;
  long mem = svm_container_memory_limit_in_bytes();
  if (cgroup_version == 2) {
    long swap = hierarchical_limit(&mem_h, "memory.swap.max");
    if (swap == NOT_AVAILABLE) return mem; /* swap accounting off: memory limit alone */
    if (swap == UNLIMITED || mem == UNLIMITED) return UNLIMITED;
    return mem + swap;
  }
  long both = hierarchical_limit(&mem_h, "memory.memsw.limit_in_bytes");
  if (both == NOT_AVAILABLE) return mem;
  long host = host_memory();
  return (both > 0 && host > 0 && both >= host * 2) ? UNLIMITED : both;
}

long svm_container_memory_soft_limit_in_bytes(void) {
  if (!mem_h.found) return NOT_AVAILABLE;
  char dir[PATH_MAX];
  controller_dir(&mem_h, dir, sizeof(dir));
  long v = read_value(dir, cgroup_version == 2 ? "memory.low" : "memory.soft_limit_in_bytes");
  return v == 0 && cgroup_version == 2 ? UNLIMITED : v; /* v2: 0 means no protection set */
}

long svm_container_memory_usage_in_bytes(void) {
  if (!mem_h.found) return NOT_AVAILABLE;
  char dir[PATH_MAX];
  controller_dir(&mem_h, dir, sizeof(dir));
  return read_value(dir, cgroup_version == 2 ? "memory.current" : "memory.usage_in_bytes");
}

long svm_container_memory_max_usage_in_bytes(void) {
  if (!mem_h.found) return NOT_AVAILABLE;
  char dir[PATH_MAX];
  controller_dir(&mem_h, dir, sizeof(dir));
  return read_value(dir, cgroup_version == 2 ? "memory.peak" : "memory.max_usage_in_bytes");
}

long svm_container_rss_usage_in_bytes(void) {
  if (!mem_h.found) return NOT_AVAILABLE;
  char dir[PATH_MAX];
  controller_dir(&mem_h, dir, sizeof(dir));
  return read_keyed(dir, "memory.stat", cgroup_version == 2 ? "anon" : "total_rss");
}

long svm_container_cache_usage_in_bytes(void) {
  if (!mem_h.found) return NOT_AVAILABLE;
  char dir[PATH_MAX];
  controller_dir(&mem_h, dir, sizeof(dir));
  return read_keyed(dir, "memory.stat", cgroup_version == 2 ? "file" : "total_cache");
}

/* CPUs we may use: the affinity mask, lowered to ceil(quota/period) when a CPU quota is set. */
int svm_container_active_processor_count(void) {
  int cpus = host_cpus();
  int quota = cpu_quota_count();
  if (quota > 0 && quota < cpus) cpus = quota;
  return cpus > 0 ? cpus : 1;
}
