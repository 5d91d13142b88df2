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
};

ServerLogin server_login(Db& db);

}  // namespace store
}  // namespace lac
