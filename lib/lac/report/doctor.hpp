#pragma once
// lac doctor: the checks of a database, its files and the config, computed once into a
// report that each format renders. Every check reads; none writes or migrates.
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "lac/domain/config.hpp"
#include "lac/util/date.hpp"
#include "lac/util/table.hpp"

namespace lac {

struct DoctorCheck {
    // warn: worth mending, but not broken; only fail makes lac doctor exit 1.
    enum class Status { ok, warn, fail };
    std::string name;
    Status status = Status::ok;
    std::string detail;  // what was found
    std::string fix;     // how to mend it; empty when there is nothing to do
};

struct DoctorReport {
    std::vector<DoctorCheck> checks;
    bool ok() const;  // no check failed
    int failed() const;
};

struct DoctorInput {
    std::filesystem::path database;
    // The config in effect: the user's, or the shipped defaults when theirs did not load.
    const Config& config;
    std::filesystem::path config_file;  // where the user's config is looked for
    bool config_present = false;        // whether that file is read
    std::optional<std::string> config_error;  // the loader's message when it failed
    Date today;
};

// Throws NoInputError when there is no database, as every command does; a problem found
// in the file is a failed check instead.
DoctorReport diagnose(const DoctorInput& input);

// table: one aligned line per check (status, name, what was found; how to mend it);
// json: {"ok": …, "checks": [{"name", "ok", "status", "detail", "fix"}, …]}.
void write_doctor(std::ostream& out, const DoctorReport& report, Format format);

// The checks of the files themselves, made before the database is opened, since opening
// it may create its -wal and -shm (report/doctor_files.cpp).
std::vector<DoctorCheck> check_files(const std::filesystem::path& database, bool group_shared);

// A path as one word for a POSIX shell, quoted only when it must be.
std::string shell_word(const std::string& text);

}  // namespace lac
