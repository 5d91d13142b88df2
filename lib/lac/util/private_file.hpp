#pragma once
// A file that appears whole or not at all, and private from its first byte: what an
// extract or a report holding personal data is written to when it is not stdout. It is
// written under a temporary name in the file's own directory (so the rename is atomic),
// made with O_EXCL and the given mode whatever the umask, and renamed onto the file only
// by commit(), after an fsync. Until then the temporary is removed when the object goes,
// and also on SIGINT, SIGTERM, SIGHUP or SIGXFSZ, so that an interrupted command leaves nothing
// half-written and the file as it was.
#include <filesystem>
#include <memory>
#include <ostream>

namespace lac {

class PrivateFile {
public:
    // Throws CantCreateError (73) when `target` is a directory or not a regular file, or its
    // directory does not exist; PermissionError (77) when the directory is not writable.
    PrivateFile(std::filesystem::path target, unsigned mode);
    ~PrivateFile();
    PrivateFile(const PrivateFile&) = delete;
    PrivateFile& operator=(const PrivateFile&) = delete;

    std::ostream& stream();
    // Flushes, fsyncs and renames the temporary onto the target, replacing a file that is
    // there. Throws IoError if anything written could not be, and then keeps nothing.
    void commit();
    const std::filesystem::path& target() const { return target_; }

private:
    class Buffer;
    std::filesystem::path target_, temporary_;
    int fd_ = -1;
    int slot_ = -1;  // in the signal handler's list of temporaries
    std::unique_ptr<Buffer> buffer_;
    std::unique_ptr<std::ostream> stream_;
};

}  // namespace lac
