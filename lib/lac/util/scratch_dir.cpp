#include "lac/util/scratch_dir.hpp"

#include <stdlib.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include "lac/util/errors.hpp"

namespace lac {

ScratchDirectory::ScratchDirectory(const char* purpose) {
    const char* tmp = std::getenv("TMPDIR");
    std::string base = tmp && *tmp == '/' ? tmp : "/tmp";
    std::string pattern = base + "/lac-" + purpose + ".XXXXXX";
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
