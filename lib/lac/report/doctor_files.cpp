// lac doctor's checks of the files: their modes against [store] group_shared, and the
// copies that migrations leave beside the database.
#include <sys/stat.h>

#include <algorithm>

#include <fmt/format.h>

#include "lac/report/doctor.hpp"
#include "lac/store/db.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace fs = std::filesystem;

namespace {

using Status = DoctorCheck::Status;

std::string octal(unsigned mode) { return fmt::format("{:04o}", mode & 0777); }

std::string shared_word(bool group_shared) { return group_shared ? "true" : "false"; }

// A file that holds the records: more open than the config allows is a failure (someone
// else can read them); less open than a shared config wants only stops the group using it.
DoctorCheck file_mode_check(const std::string& name, const fs::path& file, unsigned mode, bool group_shared) {
    unsigned expected = private_mode(group_shared), actual = mode & 0777;
    std::string where = file.string();
    if (actual & ~expected)
        return {name, Status::fail,
                fmt::format("{} is {}, more open than {} ([store] group_shared = {}): {} can read it", where,
                            octal(actual), octal(expected), shared_word(group_shared),
                            (actual & 0007) ? "anyone on this host" : "its group"),
                fmt::format("chmod {:o} {}", expected, shell_word(where))};
    if (actual != expected)
        return {name, Status::warn,
                fmt::format("{} is {}, not {} ([store] group_shared = {}): the group cannot use it", where,
                            octal(actual), octal(expected), shared_word(group_shared)),
                fmt::format("chmod {:o} {}", expected, shell_word(where))};
    return {name, Status::ok, fmt::format("{} is {}", where, octal(actual)), ""};
}

// Others who may enter the directory can see the files' names, sizes and times, but not
// read them (their own modes are checked); others who may write to it can delete or
// replace the database.
DoctorCheck directory_check(const fs::path& dir, unsigned mode) {
    unsigned actual = mode & 07777;
    std::string where = dir.string();
    if ((actual & 0002) && !(actual & 01000))
        return {"directory-mode", Status::fail,
                fmt::format("{} is {}: anyone on this host can delete or replace the database", where,
                            octal(actual)),
                fmt::format("chmod o-rwx {}, or move the database to a private directory", shell_word(where))};
    if (actual & 0007)
        return {"directory-mode", Status::warn,
                fmt::format("{} is {}: others can list it and see the database's name, size and times", where,
                            octal(actual)),
                fmt::format("chmod o-rwx {}", shell_word(where))};
    return {"directory-mode", Status::ok, fmt::format("{} is {}: others cannot enter it", where, octal(actual)),
            ""};
}

DoctorCheck migration_backups(const fs::path& database, const fs::path& dir, bool group_shared) {
    std::vector<std::string> found;
    bool too_open = false;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (!Db::is_migration_backup(database, entry.path())) continue;
        found.push_back(entry.path().string());
        struct stat st {};
        if (::stat(entry.path().c_str(), &st) == 0 && (st.st_mode & 0777 & ~private_mode(group_shared)))
            too_open = true;
    }
    if (ec)
        return {"backups", Status::warn, fmt::format("cannot list {}: {}", dir.string(), ec.message()),
                "check the directory's permissions"};
    if (found.empty()) return {"backups", Status::ok, "no migration backups beside the database", ""};
    std::sort(found.begin(), found.end());
    std::vector<std::string> words;
    for (const auto& f : found) words.push_back(shell_word(f));
    return {"backups", too_open ? Status::fail : Status::warn,
            fmt::format("{} beside the database, holding every record as it was before a migration{}: {}",
                        counted(long(found.size()), "migration backup", "migration backups"),
                        too_open ? ", some readable by others" : "", join(found, ", ")),
            "once the migrated database has been checked, remove " + std::string(found.size() == 1 ? "it" : "them") +
                ": rm " + join(words, " ")};
}

}  // namespace

std::string shell_word(const std::string& text) {
    bool plain = !text.empty() && text.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                         "0123456789/._-+=:,@") == std::string::npos;
    if (plain) return text;
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::vector<DoctorCheck> check_files(const fs::path& database, bool group_shared) {
    std::vector<DoctorCheck> out;
    struct stat st {};
    if (::stat(database.c_str(), &st) == 0)
        out.push_back(file_mode_check("database-mode", database, st.st_mode, group_shared));
    // SQLite makes these while the database is open, with the database file's mode.
    for (const char* suffix : {"-wal", "-shm"}) {
        fs::path file = database.string() + suffix;
        if (::stat(file.c_str(), &st) == 0)
            out.push_back(file_mode_check(std::string(suffix + 1) + "-mode", file, st.st_mode, group_shared));
    }
    fs::path dir = database.has_parent_path() ? database.parent_path() : fs::path(".");
    if (::stat(dir.c_str(), &st) == 0) out.push_back(directory_check(dir, st.st_mode));
    out.push_back(migration_backups(database, dir, group_shared));
    return out;
}

}  // namespace lac
