#include "lac/store/backup.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>

#include "lac/store/db.hpp"
#include "lac/store/engine/sqlite_connection.hpp"
#include "lac/store/health.hpp"
#include "lac/util/errors.hpp"

namespace lac::store {
namespace fs = std::filesystem;

namespace {

// Pages copied per step. Between steps the source is not locked, so a writer in rollback
// mode waits at most one step; in WAL mode a reader never blocks a writer at all.
constexpr int pages_per_step = 1024;
// A write by another process while the copy runs makes SQLite start it again. After this
// many restarts the rest is copied in one step, which in WAL mode still lets writers on.
constexpr int restarts_before_one_step = 8;
constexpr int retry_sleep_ms = 25;

[[noreturn]] void throw_file_error(const std::string& what, const fs::path& path, int err) {
    std::string message = fmt::format("cannot {} {}: {}", what, path.string(), std::strerror(err));
    if (err == EACCES || err == EPERM) throw PermissionError(message);
    if (err == ENOSPC) throw IoError(message);
    throw CantCreateError(message);
}

// The temporary copy and the files SQLite makes beside it, removed unless kept.
struct Temporary {
    fs::path path;
    bool kept = false;
    ~Temporary() {
        if (kept) return;
        for (const char* suffix : {"", "-journal", "-wal", "-shm"}) ::unlink((path.string() + suffix).c_str());
    }
};

// Made private before SQLite sees it, whatever the umask: mkstemp makes it 0600, and the
// group's bits are added only when the database is shared with the group.
fs::path make_temporary(const BackupTarget& t) {
    fs::path dir = t.file.has_parent_path() ? t.file.parent_path() : fs::path(".");
    // Appended piece by piece: GCC 12 at -O2 took `"." + name + …` for an overlapping copy.
    std::string name = ".";
    name += t.file.filename().string();
    name += ".tmp-XXXXXX";
    std::string pattern = (dir / name).string();
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw_file_error("create a temporary file in", dir, errno);
    int err = ::fchmod(fd, t.mode) == 0 ? 0 : errno;
    ::close(fd);
    if (err) {
        ::unlink(pattern.c_str());
        throw_file_error("set the mode of", pattern, err);
    }
    return pattern;
}

void copy_pages(sqlite3* from, sqlite3* to, const fs::path& file, int busy_timeout_ms, long long& pages) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) throw IoError(fmt::format("cannot start the backup to {}: {}", file.string(), sqlite3_errmsg(to)));
    int rc = SQLITE_OK, waited = 0, restarts = 0, left = -1;
    while (true) {
        rc = sqlite3_backup_step(backup, restarts < restarts_before_one_step ? pages_per_step : -1);
        if (rc == SQLITE_DONE) break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (waited >= busy_timeout_ms) break;
            sqlite3_sleep(retry_sleep_ms);
            waited += retry_sleep_ms;
            continue;
        }
        if (rc != SQLITE_OK) break;
        int now = sqlite3_backup_remaining(backup);
        if (left >= 0 && now > left) ++restarts;
        left = now;
    }
    pages = sqlite3_backup_pagecount(backup);
    int finished = sqlite3_backup_finish(backup);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        throw BusyError(fmt::format("the database stayed busy for {} ms; no backup was written; try again, or "
                                    "raise [store] busy_timeout_ms", busy_timeout_ms));
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        throw IoError(fmt::format("the backup to {} failed: {}; nothing was written", file.string(),
                                  sqlite3_errstr(rc != SQLITE_DONE ? rc : finished)));
}

void sync_directory(const fs::path& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;  // the file is in place; only its durability across a crash is less sure
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

long long write_backup(Db& db, const BackupTarget& t) { return write_backup(db.sqlite().database(), t); }

long long write_backup(SQLite::Database& source, const BackupTarget& t) {
    Temporary temporary{make_temporary(t)};
    long long pages = 0;
    try {
        SQLite::Database copy(temporary.path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_NOFOLLOW);
        copy_pages(source.getHandle(), copy.getHandle(), t.file, t.busy_timeout_ms, pages);
        auto problems = integrity_problems(copy);
        if (!problems.empty())
            throw DataError(fmt::format("the copy failed its integrity check ({}); {} was not written",
                                        problems.front(), t.file.string()));
        // The copy's first page says WAL, as the source's does, so reading it (above) put
        // the copy in WAL mode; leaving WAL writes rollback mode into the header, so that
        // the one file is the whole backup, with no -wal to lose beside it.
        if (copy.execAndGet("PRAGMA journal_mode = DELETE").getString() != "delete")
            throw IoError(fmt::format("cannot take the copy for {} out of WAL mode; nothing was written",
                                      t.file.string()));
    } catch (const SQLite::Exception& e) {
        throw IoError(fmt::format("the backup to {} failed: {}; nothing was written", t.file.string(), e.what()));
    }
    // Without --force a file that appeared meanwhile is not replaced: the check and the
    // rename are one step.
    unsigned flags = t.replace ? 0 : RENAME_NOREPLACE;
    if (::renameat2(AT_FDCWD, temporary.path.c_str(), AT_FDCWD, t.file.c_str(), flags) != 0) {
        if (errno == EEXIST)
            throw CantCreateError(fmt::format("{} exists; pass --force to replace it", t.file.string()));
        throw_file_error("write", t.file, errno);
    }
    temporary.kept = true;
    sync_directory(t.file.has_parent_path() ? t.file.parent_path() : fs::path("."));
    return pages;
}

}  // namespace lac::store
