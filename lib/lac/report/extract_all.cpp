// lac export all: a team's whole record, one extract per entity, in a directory of its own.
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "lac/report/extract.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/private_file.hpp"

namespace lac {
namespace {

// Removes the directory and what is in it unless released: so that a failed export leaves
// nothing behind (it made the directory, so everything in it is its own).
class MadeDirectory {
public:
    explicit MadeDirectory(std::filesystem::path dir) : dir_(std::move(dir)) {
        if (::mkdir(dir_.c_str(), 0700) != 0) {
            int error = errno;
            if (error == EEXIST)
                throw CantCreateError(fmt::format("{} is there already; export all writes a new directory, so "
                                                  "name one that is not there yet", dir_.string()));
            if (error == EACCES || error == EROFS)
                throw PermissionError(fmt::format("cannot create {}: {}", dir_.string(), std::strerror(error)));
            throw CantCreateError(fmt::format("cannot create {}: {}", dir_.string(), std::strerror(error)));
        }
    }
    ~MadeDirectory() {
        if (!kept_) {
            std::error_code ignored;
            std::filesystem::remove_all(dir_, ignored);
        }
    }
    MadeDirectory(const MadeDirectory&) = delete;
    MadeDirectory& operator=(const MadeDirectory&) = delete;
    void keep() { kept_ = true; }
    const std::filesystem::path& path() const { return dir_; }

private:
    std::filesystem::path dir_;
    bool kept_ = false;
};

}  // namespace

std::vector<std::pair<std::string, long long>> export_all(Session& s, const std::string& dir, bool identify,
                                                          const Progress& progress) {
    MadeDirectory made(dir);
    std::vector<std::pair<std::string, long long>> counts;
    for (const auto& entity : extract_entities()) {
        // Each file's rows, said with which file it is of how many.
        const std::string stage = fmt::format("{}.csv ({} of {})", entity, counts.size() + 1, extract_entities().size());
        Progress rows([&](const ProgressStep& step) { progress(stage, step.done, step.total, step.unit); });
        PrivateFile file(made.path() / (entity + ".csv"), 0600);
        ExtractRequest request;
        request.entity = entity;
        request.identify = identify;
        counts.emplace_back(entity, write_extract(s, request, file.stream(), rows));
        file.commit();
    }
    made.keep();
    return counts;
}

}  // namespace lac
