#include "lac/util/scratch_dir.hpp"

#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include "lac/util/errors.hpp"

namespace lac {
namespace {

// The process a scratch directory's name gives (lac-PURPOSE.PID.XXXXXX), or 0 for any other
// name (the demo's directory that scripts/demo keeps, lac-demo.XXXXXX, among them).
pid_t maker_of(const std::string& name) {
    if (name.rfind("lac-", 0) != 0) return 0;
    auto first = name.find('.');
    auto second = first == std::string::npos ? std::string::npos : name.find('.', first + 1);
    if (second == std::string::npos || second == first + 1 || name.size() - second - 1 != 6) return 0;
    pid_t pid = 0;
    for (std::size_t i = first + 1; i < second; ++i) {
        if (name[i] < '0' || name[i] > '9' || pid > 99'999'999) return 0;
        pid = pid * 10 + (name[i] - '0');
    }
    return pid;
}

// Removes the scratch directories of ours that a lac killed outright (SIGKILL, the kernel's
// out-of-memory killer, a power cut) left in `base`: they may hold a whole record's personal
// data. Only directories of this user whose process is gone; a name or a process that is
// not certain is left alone.
void sweep_left_behind(const std::string& base) {
    std::error_code ec;
    for (std::filesystem::directory_iterator it(base, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        pid_t pid = maker_of(name);
        struct stat st {};
        if (pid <= 0 || ::lstat(it->path().c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid())
            continue;
        if (::kill(pid, 0) == 0 || errno != ESRCH) continue;  // alive, or not ours to know
        std::error_code ignored;
        std::filesystem::remove_all(it->path(), ignored);
    }
}

}  // namespace

ScratchDirectory::ScratchDirectory(const char* purpose) {
    const char* tmp = std::getenv("TMPDIR");
    std::string base = tmp && *tmp == '/' ? tmp : "/tmp";
    sweep_left_behind(base);
    std::string pattern = base + "/lac-" + purpose + "." + std::to_string(::getpid()) + ".XXXXXX";
    if (!mkdtemp(pattern.data()))  // mkdtemp makes it 0700, whatever the umask
        throw CantCreateError("cannot make a private scratch directory in " + base + " (" + std::strerror(errno) +
                              "); set TMPDIR to a directory you may write");
    path_ = pattern;
}

ScratchDirectory::~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

}  // namespace lac
