// LD_PRELOAD shim for tests/e2e/fulldisk.sh: a disk that fills up, where no small
// filesystem can be mounted. Writes to files under $LAC_FULL_DIR fail as on a full disk
// once this process has written $LAC_FULL_AFTER bytes to them: the write that crosses the
// limit is cut short, and every later one fails with ENOSPC, as do fallocate and
// posix_fallocate. Other files (stdout, stderr) are written as usual. Plain C, so that it
// needs nothing but libc and can be preloaded into any build of lac.
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

long long left = -1;  // bytes that still fit; -1 until read from the environment

bool on_full_disk(int fd) {
    const char* dir = getenv("LAC_FULL_DIR");
    if (!dir || !*dir) return false;
    char link[64], path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n < 0) return false;
    path[n] = '\0';
    size_t len = strlen(dir);
    return strncmp(path, dir, len) == 0 && (path[len] == '/' || path[len] == '\0');
}

// How many of `count` bytes may be written to fd: all of them off the full disk.
// Returns -1 with errno ENOSPC when none fit.
ssize_t room(int fd, size_t count) {
    if (count == 0 || !on_full_disk(fd)) return ssize_t(count);
    if (left < 0) {
        const char* after = getenv("LAC_FULL_AFTER");
        left = after ? atoll(after) : 0;
    }
    if (left == 0) {
        errno = ENOSPC;
        return -1;
    }
    size_t fits = size_t(left) < count ? size_t(left) : count;
    left -= (long long)fits;
    return ssize_t(fits);
}

template <typename F>
F next(const char* name) {
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

size_t total(const struct iovec* iov, int n) {
    size_t sum = 0;
    for (int i = 0; i < n; ++i) sum += iov[i].iov_len;
    return sum;
}

}  // namespace

extern "C" {

ssize_t write(int fd, const void* buf, size_t count) {
    static auto real = next<ssize_t (*)(int, const void*, size_t)>("write");
    ssize_t fits = room(fd, count);
    return fits < 0 ? -1 : real(fd, buf, size_t(fits));
}

ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset) {
    static auto real = next<ssize_t (*)(int, const void*, size_t, off_t)>("pwrite");
    ssize_t fits = room(fd, count);
    return fits < 0 ? -1 : real(fd, buf, size_t(fits), offset);
}

ssize_t pwrite64(int fd, const void* buf, size_t count, off64_t offset) {
    static auto real = next<ssize_t (*)(int, const void*, size_t, off64_t)>("pwrite64");
    ssize_t fits = room(fd, count);
    return fits < 0 ? -1 : real(fd, buf, size_t(fits), offset);
}

// Vectored writes all or nothing: enough for lac, which writes its files whole.
ssize_t writev(int fd, const struct iovec* iov, int n) {
    static auto real = next<ssize_t (*)(int, const struct iovec*, int)>("writev");
    size_t count = total(iov, n);
    ssize_t fits = room(fd, count);
    if (fits >= 0 && size_t(fits) < count) fits = -1, errno = ENOSPC;
    return fits < 0 ? -1 : real(fd, iov, n);
}

int fallocate(int fd, int mode, off_t offset, off_t len) {
    static auto real = next<int (*)(int, int, off_t, off_t)>("fallocate");
    if (on_full_disk(fd)) return errno = ENOSPC, -1;
    return real(fd, mode, offset, len);
}

int posix_fallocate(int fd, off_t offset, off_t len) {
    static auto real = next<int (*)(int, off_t, off_t)>("posix_fallocate");
    if (on_full_disk(fd)) return ENOSPC;
    return real(fd, offset, len);
}

}  // extern "C"
