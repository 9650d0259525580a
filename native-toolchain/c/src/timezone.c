/* Default time-zone ID lookup for LibCHelper.SVM_FindJavaTZmd: TZ, /etc/timezone, the /etc/localtime link or file. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define ZONEINFO_DIR "/usr/share/zoneinfo"

/* "…/zoneinfo/Europe/Berlin" -> "Europe/Berlin"; NULL when the path is not inside a zoneinfo tree. */
static const char *zone_from_path(const char *path) {
  const char *p = strstr(path, "zoneinfo/");
  return p != NULL ? p + strlen("zoneinfo/") : NULL;
}

static char *trimmed_dup(const char *s) {
  while (*s == ' ' || *s == '\t') s++;
  size_t n = strlen(s);
  while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
  if (n == 0) return NULL;
  return strndup(s, n);
}

/* Debian-style /etc/timezone holds the ID as one line. */
static char *read_etc_timezone(void) {
  FILE *fp = fopen("/etc/timezone", "re");
  if (fp == NULL) return NULL;
  char line[256];
  char *r = NULL;
  if (fgets(line, sizeof(line), fp) != NULL) r = trimmed_dup(line);
  fclose(fp);
  return r;
}

static int same_content(const char *path, const char *data, size_t len) {
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || (size_t)st.st_size != len) return 0;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char *buf = malloc(len);
  int same = 0;
  if (buf != NULL) {
    size_t got = 0;
    ssize_t n;
    while (got < len && (n = read(fd, buf + got, len - got)) > 0) got += (size_t)n;
    same = got == len && memcmp(buf, data, len) == 0;
    free(buf);
  }
  close(fd);
  return same;
}

/* Depth-first search of the zoneinfo tree for a file identical to /etc/localtime (a copied, not linked, zone). */
static char *scan_zoneinfo(const char *dir, const char *data, size_t len) {
  DIR *d = opendir(dir);
  if (d == NULL) return NULL;
  char *found = NULL;
  struct dirent *e;
  while (found == NULL && (e = readdir(d)) != NULL) {
    const char *n = e->d_name;
    /* Skip dot entries and aliases/duplicate trees that never are the canonical ID. */
    if (n[0] == '.' || strcmp(n, "posixrules") == 0 || strcmp(n, "localtime") == 0 || strcmp(n, "posix") == 0 ||
        strcmp(n, "right") == 0 || strcmp(n, "Factory") == 0 || strcmp(n, "ROC") == 0) {
      continue;
    }
    char path[PATH_MAX];
    if (snprintf(path, sizeof(path), "%s/%s", dir, n) >= (int)sizeof(path)) continue;
    struct stat st;
    if (lstat(path, &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      found = scan_zoneinfo(path, data, len);
    } else if (S_ISREG(st.st_mode) && same_content(path, data, len)) {
      found = strdup(path + strlen(ZONEINFO_DIR) + 1);
    }
  }
  closedir(d);
  return found;
}

static char *platform_zone(void) {
  char *tz = read_etc_timezone();
  if (tz != NULL) return tz;

  struct stat st;
  if (lstat("/etc/localtime", &st) != 0) return NULL;
  if (S_ISLNK(st.st_mode)) {
    char target[PATH_MAX];
    ssize_t n = readlink("/etc/localtime", target, sizeof(target) - 1);
    if (n <= 0) return NULL;
    target[n] = '\0';
    const char *z = zone_from_path(target);
    return z != NULL ? strdup(z) : NULL;
  }
  if (!S_ISREG(st.st_mode) || st.st_size <= 0 || st.st_size > (1 << 20)) return NULL;
  int fd = open("/etc/localtime", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NULL;
  size_t len = (size_t)st.st_size;
  char *data = malloc(len);
  char *r = NULL;
  if (data != NULL && read(fd, data, len) == (ssize_t)len) r = scan_zoneinfo(ZONEINFO_DIR, data, len);
  free(data);
  close(fd);
  return r;
}

/* Returns a malloc'd Java time-zone ID, or NULL when none can be determined (Java then uses a GMT offset).
 * The mapping table arguments are only meaningful on other platforms. */
char *SVM_FindJavaTZmd(const char *tzMappings, int length) {
  (void)tzMappings;
  (void)length;
  const char *tz = getenv("TZ");
  if (tz == NULL || *tz == '\0') return platform_zone();
  if (*tz == ':') tz++;
  if (*tz == '/') {
    const char *z = zone_from_path(tz);
    if (z != NULL) tz = z;
  }
  if (strncmp(tz, "posix/", 6) == 0) tz += 6;
  else if (strncmp(tz, "right/", 6) == 0) tz += 6;
  return *tz != '\0' ? strdup(tz) : platform_zone();
}
