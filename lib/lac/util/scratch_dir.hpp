#pragma once
// A private directory for a command's scratch files (mode 0700, in $TMPDIR or /tmp, named
// lac-PURPOSE.PID.XXXXXX), removed with all it holds when the command is done with it,
// however it ends. One that a lac killed outright left behind (SIGKILL, out of memory) is
// removed by the next lac that makes one there, once its process is gone.
#include <filesystem>

namespace lac {

class ScratchDirectory {
public:
    // Throws CantCreateError (73) when it cannot be made.
    explicit ScratchDirectory(const char* purpose);
    ~ScratchDirectory();
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace lac
