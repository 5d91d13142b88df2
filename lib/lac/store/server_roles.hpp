#pragma once
// Who is connected to a PostgreSQL server (issue 18): the acting handle there is the login,
// which a coordinator cannot claim to be another's.
#include <string>

namespace lac {
class Db;

namespace store {

struct ServerLogin {
    std::string role;    // session_user: the role that logged in
    // May act for another handle (--as): a superuser, the owner of lac's tables (who ran
    // lac init), or a member of the role lac_admin that the administrator makes.
    bool administrator = false;
    // May alter every one of lac's tables, past row-level security: a superuser, or the owner
    // (or a member of the owning role) of tables that do not force row security on their
    // owner. Only such a login may turn the id triggers off and COPY into the tables.
    bool owner = false;
};

ServerLogin server_login(Db& db);

}  // namespace store
}  // namespace lac
