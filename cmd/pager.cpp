#include "pager.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>

namespace {

pid_t pager = -1;

// Once main has returned and stdout is flushed: the pager sees the end of its input, and
// lac exits only when the reader has quit it.
void wait_for_pager() {
    std::cout.flush();
    std::fflush(stdout);
    ::close(STDOUT_FILENO);
    int status = 0;
    while (::waitpid(pager, &status, 0) < 0 && errno == EINTR) {
    }
}

// less's path on PATH, or "".
std::string find_less() {
    const char* path = std::getenv("PATH");
    std::string_view dirs = path ? path : "/usr/bin:/bin";
    while (true) {
        auto colon = dirs.find(':');
        std::string dir(dirs.substr(0, colon));
        std::string candidate = (dir.empty() ? "." : dir) + "/less";
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
        if (colon == std::string_view::npos) return "";
        dirs.remove_prefix(colon + 1);
    }
}

}  // namespace

void page_stdout() {
    if (!::isatty(STDOUT_FILENO)) return;
    const char* chosen = std::getenv("PAGER");
    std::string less;
    if (chosen) {
        if (!*chosen || std::string_view(chosen) == "cat") return;
    } else if ((less = find_less()).empty()) {
        return;
    }
    int fds[2];
    if (::pipe(fds) != 0) return;  // no pager: the text is printed as it is
    std::cout.flush();
    std::fflush(stdout);
    pid_t child = ::fork();
    if (child < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return;
    }
    if (child == 0) {
        ::dup2(fds[0], STDIN_FILENO);
        ::close(fds[0]);
        ::close(fds[1]);
        ::setenv("LESS", "FRX", 0);
        ::setenv("LV", "-c", 0);
        if (chosen)
            ::execl("/bin/sh", "sh", "-c", chosen, static_cast<char*>(nullptr));
        else
            ::execl(less.c_str(), "less", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::dup2(fds[1], STDOUT_FILENO);
    ::close(fds[0]);
    ::close(fds[1]);
    pager = child;
    // The pager reads the keyboard: Ctrl-C is for it, and lac waits for it to finish.
    ::signal(SIGINT, SIG_IGN);
    ::signal(SIGQUIT, SIG_IGN);
    std::atexit(wait_for_pager);
}
