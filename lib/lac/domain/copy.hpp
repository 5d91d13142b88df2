#pragma once
// lac copy: the whole database copied into a new one, between a SQLite file and a PostgreSQL
// database in either direction (issue 18): history, audit trail and pseudonym secret included,
// so that pseudonymised extracts of the copy are those of the original.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "lac/domain/session.hpp"
#include "lac/store/copy.hpp"
#include "lac/util/progress.hpp"

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

// Whether `s`'s database is on a server that the login may fill through a scratch file
// (fill_in_scratch): it owns lac's tables, and they hold nothing yet but the audit trail.
// Asked inside the write that would fill it.
bool may_fill_in_scratch(Session& s);

// Fills a database on a PostgreSQL server by running `fill` on a private scratch SQLite file,
// then copying what it added in with COPY (store::copy_records): lac demo and lac import
// all, which a row at a time over the network would take hours at national scale. The
// scratch file starts as the server's database is (its meta: the team lac init named, the
// pseudonym secret; its audit trail), so that `fill` reads them as it would in a file and its
// audit ids run on from the server's; only what it added goes back. Runs inside the caller's
// write of `s.db`, whose transaction the copy joins; whatever `fill` throws leaves the server
// as it was, and the scratch file is removed however it ends.
void fill_in_scratch(Session& s, const char* purpose, const std::function<void(Session&)>& fill,
                     const Progress& progress);

}  // namespace lac
