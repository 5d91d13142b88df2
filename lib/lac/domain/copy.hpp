#pragma once
// lac copy: the whole database copied into a new one, between a SQLite file and a PostgreSQL
// database in either direction (issue 18): history, audit trail and pseudonym secret included,
// so that pseudonymised extracts of the copy are those of the original.
#include <cstdint>
#include <string>
#include <vector>

#include "lac/domain/session.hpp"
#include "lac/store/copy.hpp"

namespace lac {

struct CopyRequest {
    std::string to;  // --to: a SQLite file's path or a postgresql:// URL
};

struct CopyResult {
    std::string target;  // as messages show it (a URL without its password)
    std::vector<store::CopiedTable> tables;
    int64_t rows() const;
};

// Copies the database of `s` into `request.to`, which must be new: a file that does not
// exist, or a PostgreSQL database without lac's schema (CantCreateError, 73, otherwise).
// The copy is one transaction: all of it is made, or the target is left as it was (a file
// made for it removed). The copy's audit trail records where it came from, and the
// original's that it was copied, in a transaction held until the command's output is written.
CopyResult copy_database(Session& s, const CopyRequest& request);

}  // namespace lac
