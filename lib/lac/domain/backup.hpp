#pragma once
// lac backup: a private, checked copy of the whole database, recorded in the audit trail.
#include <filesystem>
#include <string>

#include "lac/domain/session.hpp"

namespace lac {

// Copies the database to `file` (see store::write_backup) and returns its absolute path.
// Refuses, with CantCreateError and nothing written, a file that exists (unless
// `replace`), a directory, a missing directory, or the database's own files.
struct BackupRequest {
    std::string file;
    bool replace = false;  // --force
};
std::filesystem::path backup_database(Session& s, const BackupRequest& request);

}  // namespace lac
