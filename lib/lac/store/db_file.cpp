#include "lac/store/db_file.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>

#include "lac/store/backup.hpp"
#include "lac/store/db.hpp"
#include "lac/util/errors.hpp"

namespace lac::store {
namespace fs = std::filesystem;

namespace {

// How often a lac waiting for another to finish creating a database looks again.
constexpr long lock_poll_ms = 10;

// --db names the database file, and a directory is the likeliest slip.
std::string is_a_directory(const fs::path& path) {
    return fmt::format("{} is a directory, not a lac database; pass a file in it with --db, such as {}",
                       path.string(), (path / "lac.db").string());
}

// SQLite is told not to follow a link (OPEN_NOFOLLOW); this says why, before it refuses.
[[noreturn]] void refuse_symlink(const fs::path& path) {
    throw CantCreateError(fmt::format(
        "{} is a symbolic link; lac refuses one as its database, because a link can send the team's "
        "personal records to another place, or be swapped for another file between commands; "
        "pass the real path with --db",
        path.string()));
}

[[noreturn]] void throw_create_error(const fs::path& path, int err) {
    std::string message = fmt::format("cannot create {}: {}", path.string(), std::strerror(err));
    if (err == EACCES || err == EPERM) throw PermissionError(message + "; choose a writable place with --db");
    if (err == ENOSPC) throw IoError(message);
    throw CantCreateError(message + "; choose another place with --db");
}

void sleep_ms(long ms) {
    timespec pause{0, ms * 1000000L};
    ::nanosleep(&pause, nullptr);
}

}  // namespace

void check_existing_database(const fs::path& path) {
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(path, ec))) refuse_symlink(path);
    auto status = fs::status(path, ec);
    if (!fs::exists(status))
        throw NoInputError(fmt::format("no lac database at {}; create one with 'lac init' or pass --db PATH",
                                       path.string()));
    if (fs::is_directory(status)) throw NoInputError(is_a_directory(path));
    if (!fs::is_regular_file(status))
        throw DataError(fmt::format("{} is not a database file", path.string()));
    if (::access(path.c_str(), R_OK) != 0)
        throw PermissionError(fmt::format("cannot read {}: {}", path.string(), std::strerror(errno)));
    if (fs::file_size(path, ec) == 0)
        throw NoInputError(fmt::format("{} is an empty file, not a lac database; create one with 'lac init'",
                                       path.string()));
}

NewDbFile::NewDbFile(const fs::path& path, mode_t mode, int busy_timeout_ms) : path_(path) {
    std::error_code ec;
    auto status = fs::symlink_status(path, ec);
    if (fs::is_symlink(status)) refuse_symlink(path);
    if (fs::is_directory(status)) throw CantCreateError(is_a_directory(path));
    if (fs::exists(status) && !fs::is_regular_file(status))
        throw CantCreateError(fmt::format("cannot create a database at {}: not a regular file", path.string()));
    try {
        fs::path dir = path.parent_path();
        for (fs::path up = dir; !up.empty() && !fs::exists(up, ec); up = up.parent_path())
            made_directories_.insert(made_directories_.begin(), up);
        for (const auto& d : made_directories_)
            if (::mkdir(d.c_str(), 0777) != 0 && errno != EEXIST) throw_create_error(d, errno);
        // Private, or open to the group when the database is shared with it.
        if (!made_directories_.empty()) ::chmod(dir.c_str(), (mode & 0070) ? 0770 : 0700);
        lock_directory(busy_timeout_ms);
        make_file(mode);
    } catch (...) {
        undo();
        throw;
    }
    if (created_) return;
    made_directories_.clear();  // they hold a database now, made by another lac
    unlock();
}

NewDbFile::~NewDbFile() {
    if (!kept_) undo();
}

void NewDbFile::keep() noexcept {
    kept_ = true;
    unlock();
}

// The lock is on the directory rather than on a file beside the database, so that it
// leaves nothing behind; only the rare creation of a database ever takes it.
void NewDbFile::lock_directory(int busy_timeout_ms) {
    fs::path dir = path_.has_parent_path() ? path_.parent_path() : fs::path(".");
    lock_fd_ = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (lock_fd_ < 0) throw_create_error(path_, errno);
    for (long waited = 0; ::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0; waited += lock_poll_ms) {
        if (errno != EWOULDBLOCK && errno != EINTR) throw_create_error(path_, errno);
        if (waited >= busy_timeout_ms)
            throw BusyError(fmt::format("another lac is creating the database {}; try again, or raise [store] "
                                        "busy_timeout_ms", path_.string()));
        sleep_ms(lock_poll_ms);
    }
}

// Makes the file with exactly the private mode, whatever the umask, before SQLite sees it.
// O_EXCL: whatever appeared meanwhile is never taken for a file this command made.
void NewDbFile::make_file(mode_t mode) {
    int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0) {
        if (errno != EEXIST) throw_create_error(path_, errno);
        struct stat st {};
        if (::lstat(path_.c_str(), &st) != 0) throw_create_error(path_, errno);
        if (S_ISLNK(st.st_mode)) refuse_symlink(path_);
        if (!S_ISREG(st.st_mode) || st.st_size != 0) return;  // a database: the caller opens it
        // An empty file someone made beforehand: make it ours, and private.
        if (::chmod(path_.c_str(), mode) != 0) throw_create_error(path_, errno);
        adopted_empty_ = true;
        adopted_mode_ = st.st_mode & 07777;
        created_ = true;
        return;
    }
    created_ = true;
    int err = ::fchmod(fd, mode) == 0 ? 0 : errno;
    ::close(fd);
    if (err) throw_create_error(path_, err);
}

// Never throws: it runs while the error that caused it is on its way out.
void NewDbFile::undo() noexcept {
    if (created_) {
        for (const char* suffix : {"-wal", "-shm", "-journal"}) ::unlink((path_.string() + suffix).c_str());
        if (adopted_empty_) {
            if (::truncate(path_.c_str(), 0) == 0) ::chmod(path_.c_str(), adopted_mode_);
        } else {
            ::unlink(path_.c_str());
        }
        created_ = false;
    }
    unlock();
    // Innermost first; rmdir leaves a directory that another lac has since put a file in.
    for (auto d = made_directories_.rbegin(); d != made_directories_.rend(); ++d) ::rmdir(d->c_str());
    made_directories_.clear();
}

void NewDbFile::unlock() noexcept {
    if (lock_fd_ >= 0) ::close(lock_fd_);  // closing releases the flock
    lock_fd_ = -1;
}

void write_migration_backup(const fs::path& db, const fs::path& copy, int busy_timeout_ms) {
    struct stat st {};
    bool group_shared = ::stat(db.c_str(), &st) == 0 && (st.st_mode & 0060) != 0;
    SQLite::Database source(db.string(), SQLite::OPEN_READONLY | SQLite::OPEN_NOFOLLOW);
    source.setBusyTimeout(busy_timeout_ms);
    // Replacing is right: the caller holds the write lock and the database is still at the
    // old version, so a copy already there is older than this one (a migration that failed).
    write_backup(source, BackupTarget{copy, private_mode(group_shared), true, busy_timeout_ms});
}

}  // namespace lac::store
