/* Unix-domain-socket plumbing for the jcmd/attach listener (AttachHelper): trigger file, listener socket, peer checks. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

static int stat_retry(const char *path, struct stat *st) {
  int r;
  do { r = stat(path, st); } while (r == -1 && errno == EINTR);
  return r;
}

/* Removes a stale socket file left by an earlier process with the same pid. */
void svm_attach_startup(const char *socket_path) {
  struct stat st;
  if (stat_retry(socket_path, &st) == 0) unlink(socket_path);
}

void svm_attach_listener_cleanup(int fd, const char *socket_path) {
  if (fd != -1) {
    shutdown(fd, SHUT_RDWR);
    close(fd);
  }
  if (socket_path != NULL) unlink(socket_path);
}

bool svm_attach_check_socket_file(const char *socket_path) {
  struct stat st;
  return stat(socket_path, &st) == 0;
}

/* The .attach_pid trigger only counts when created by root or by our own effective user. */
bool svm_attach_is_init_trigger(const char *trigger_path) {
  struct stat st;
  if (stat_retry(trigger_path, &st) != 0) return false;
  return st.st_uid == 0 || st.st_uid == geteuid();
}

/* Binds at PATH.tmp, restricts it to the owner, then renames into place so clients never see a half-made socket. */
int svm_attach_create_listener(const char *socket_path) {
  struct sockaddr_un addr;
  char tmp_path[sizeof(addr.sun_path)];
  int n = snprintf(tmp_path, sizeof(tmp_path), "%s.tmp", socket_path);
  if (n < 0 || (size_t)n >= sizeof(tmp_path)) return -1;

  int fd = socket(PF_UNIX, SOCK_STREAM, 0);
  if (fd == -1) return -1;
  memset(&addr, 0, sizeof(addr));
  addr.sun_family = AF_UNIX;
  memcpy(addr.sun_path, tmp_path, (size_t)n + 1);
  unlink(tmp_path);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) == -1) {
    close(fd);
    return -1;
  }
  int r = listen(fd, 5);
  if (r == 0) {
    do { r = chmod(tmp_path, S_IRUSR | S_IWUSR); } while (r == -1 && errno == EINTR);
  }
  if (r == 0) {
    do { r = chown(tmp_path, geteuid(), getegid()); } while (r == -1 && errno == EINTR);
  }
  if (r == 0) r = rename(tmp_path, socket_path);
  if (r == -1) {
    close(fd);
    unlink(tmp_path);
    return -1;
  }
  return fd;
}

/* Accepts the next client whose credentials match our effective uid and gid (or root). */
int svm_attach_wait_for_request(int listener) {
  for (;;) {
    int s;
    do { s = accept(listener, NULL, NULL); } while (s == -1 && errno == EINTR);
    if (s == -1) return -1;
    struct ucred cred;
    socklen_t len = sizeof(cred);
    if (getsockopt(s, SOL_SOCKET, SO_PEERCRED, &cred, &len) == -1) {
      close(s);
      continue;
    }
    if (cred.uid == 0 || (cred.uid == geteuid() && cred.gid == getegid())) return s;
    close(s);
  }
}

void svm_attach_shutdown_socket(int fd) {
  shutdown(fd, SHUT_RDWR);
}
