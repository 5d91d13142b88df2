#pragma once
// An online copy of the whole database into one self-contained file, made while others
// go on writing (SQLite's backup API).
#include <filesystem>

namespace SQLite {
class Database;
}

namespace lac {
class Db;

namespace store {

struct BackupTarget {
    std::filesystem::path file;  // its directory exists; checked by the caller
    unsigned mode = 0600;        // private_mode(group_shared)
    bool replace = false;        // --force: replace a file already there
    int busy_timeout_ms = 5000;  // how long to wait out a busy or locked step in all
};

// Copies `db` into a temporary file in the target's directory, made with `mode` before
// SQLite writes to it, leaves the copy in rollback-journal mode (no -wal needed), checks
// it with PRAGMA integrity_check, and only then renames it to the target. On any failure
// the temporary file is removed and the target is untouched. Returns the pages copied.
long long write_backup(Db& db, const BackupTarget& target);
// The same from any connection: a migration's copy is read through one of its own.
long long write_backup(SQLite::Database& source, const BackupTarget& target);

}  // namespace store
}  // namespace lac
