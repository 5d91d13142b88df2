#include "lac/domain/backup.hpp"

#include <fmt/format.h>

#include "lac/store/audit.hpp"
#include "lac/store/backup.hpp"
#include "lac/util/errors.hpp"

namespace lac {
namespace fs = std::filesystem;

namespace {

fs::path checked_target(const Session& s, const std::string& file, bool replace) {
    if (file.empty()) throw UsageError("the backup file needs a name, not ''");
    fs::path target = fs::absolute(file).lexically_normal();
    std::error_code ec;
    auto status = fs::symlink_status(target, ec);
    if (fs::is_directory(fs::status(target, ec)))
        throw CantCreateError(fmt::format("{} is a directory; name a file in it, such as {}", target.string(),
                                          (target / "lac-backup.db").string()));
    fs::path dir = target.parent_path();
    if (!fs::is_directory(dir, ec))
        throw CantCreateError(fmt::format("the directory {} does not exist; create it first, private to you "
                                          "(mkdir -m 700 {})", dir.string(), dir.string()));
    // Replacing the database, or a file SQLite keeps beside it, with a copy would lose
    // what others write meanwhile, or damage it.
    fs::path database = fs::absolute(s.db.path()).lexically_normal();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        if (target == fs::path(database.string() + suffix) ||
            (suffix[0] == '\0' && fs::equivalent(target, database, ec)))
            throw CantCreateError(fmt::format("{} is the database's own file; name another file", target.string()));
    if (fs::exists(status) && !replace)
        throw CantCreateError(fmt::format("{} exists; pass --force to replace it", target.string()));
    return target;
}

}  // namespace

fs::path backup_database(Session& s, const BackupRequest& request) {
    if (s.db.on_server())
        throw UsageError(fmt::format("lac backup copies a SQLite file, and {} is a database on a PostgreSQL "
                                     "server; back it up there with pg_dump",
                                     s.db.where()));
    const bool replace = request.replace;
    fs::path target = checked_target(s, request.file, replace);
    // A backup is a read of everything, worth a line in the trail as an identified export
    // is; it is written and committed first, so that it is there even if the copy then fails.
    s.db.write([&] { store::audit(s.db, "backup", "database", "", "to=" + target.string()); });
    s.db.commit_held();  // not held until the path is printed: the copy must hold it
    store::write_backup(s.db, {target, private_mode(s.config.group_shared), replace, s.config.busy_timeout_ms});
    return target;
}

}  // namespace lac
