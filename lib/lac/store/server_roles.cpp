#include "lac/store/server_roles.hpp"

#include "lac/store/db.hpp"

namespace lac::store {

ServerLogin server_login(Db& db) {
    // pg_has_role() of a NULL role (no lac_admin, no tables yet) is NULL, hence the coalesce.
    Query query(db, "SELECT r.rolname, r.rolsuper OR coalesce(pg_has_role(session_user, "
                    "(SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('person')), 'MEMBER'), "
                    "false) OR coalesce((SELECT pg_has_role(session_user, a.oid, 'MEMBER') FROM pg_catalog.pg_roles a "
                    "WHERE a.rolname = 'lac_admin'), false), "
                    "r.rolsuper OR coalesce((SELECT bool_and(pg_has_role(session_user, c.relowner, 'USAGE') "
                    "AND NOT c.relforcerowsecurity) FROM pg_catalog.pg_class c WHERE c.relkind = 'r' AND "
                    "c.relnamespace = (SELECT relnamespace FROM pg_catalog.pg_class WHERE oid = to_regclass('person'))), "
                    "false) FROM pg_catalog.pg_roles r WHERE r.rolname = session_user");
    ServerLogin login;
    if (query.executeStep()) {
        login.role = query.getColumn(0).getString();
        login.administrator = query.getColumn(1).getInt64() != 0;
        login.owner = query.getColumn(2).getInt64() != 0;
    }
    return login;
}

}  // namespace lac::store
