#pragma once
// What lac doctor asks of a PostgreSQL server (issue 18): its version, and whether row-level
// security guards lac's tables, so that a coordinator's role reads only their own team's
// records. Each call reads; none writes.
#include <string>

namespace lac {
class Db;

namespace store {

struct ServerFacts {
    std::string version;       // the server's, as SHOW server_version says it: "15.4 (Debian 15.4-1)"
    int version_number = 0;    // 150004 for 15.4
    int tables = 0;            // lac's tables in the database's schema
    int guarded = 0;           // of them, those with row-level security on
};

ServerFacts server_facts(Db& db);

}  // namespace store
}  // namespace lac
