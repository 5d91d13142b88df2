#pragma once
// The database file itself, before SQLite opens it: the checks that give each slip with
// --db its own message, the making of a new file so that a command that fails leaves the
// path as it found it, and the copy a migration keeps. Used by Db (store/db.cpp).
#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace lac::store {

// Throws, with a message for each case, unless `path` is a regular, readable, non-empty
// file that is not a symbolic link: what every command that opens the database checks.
void check_existing_database(const std::filesystem::path& path);

// A database file this command is making. For as long as it lives, the directory that
// holds the file is locked (flock), so that of several lacs creating the same file at
// once exactly one makes it and the rest wait, then find it made. Unless keep() is
// called, the destructor removes everything it made: the file (or, for an empty file
// that was already there, empties it again), what SQLite made beside it, and the
// directories made on the way. It never removes a file it did not make.
class NewDbFile {
public:
    // Waits up to `busy_timeout_ms` for another lac creating a file in the same directory.
    NewDbFile(const std::filesystem::path& path, mode_t mode, int busy_timeout_ms);
    ~NewDbFile();
    NewDbFile(const NewDbFile&) = delete;
    NewDbFile& operator=(const NewDbFile&) = delete;

    // False if a database was there already (made by another lac, perhaps while this one
    // waited): nothing was made, the lock is released, and the caller opens that one.
    bool created() const { return created_; }
    // The command succeeded: keep the file, and let the next lac waiting on the lock in.
    void keep() noexcept;

private:
    void lock_directory(int busy_timeout_ms);
    void make_file(mode_t mode);
    void undo() noexcept;
    void unlock() noexcept;

    std::filesystem::path path_;
    std::vector<std::filesystem::path> made_directories_;  // outermost first
    int lock_fd_ = -1;
    bool created_ = false;
    bool kept_ = false;
    bool adopted_empty_ = false;  // an empty file someone made beforehand, now ours
    mode_t adopted_mode_ = 0;
};

// Copies the database at `db`, as it is, to `copy` atomically (a private temporary file,
// then a rename), through a connection of its own: the migration that calls it holds the
// write lock on its own connection, through which SQLite's backup cannot read.
void write_migration_backup(const std::filesystem::path& db, const std::filesystem::path& copy,
                            int busy_timeout_ms);

}  // namespace lac::store
