#pragma once
// lac's schema on PostgreSQL (issue 18): an empty database brought to the latest schema
// through the numbered migrations (postgres_migrations(), migrations.hpp), as Db::migrate
// does for a SQLite file; and the database of another program, or of a newer lac, refused.
#include "lac/store/engine/postgres_connection.hpp"

namespace lac::store {

// Brings the database `connection` is on to the latest schema, in one transaction: the
// migrations above its version run in order, the version is recorded in lac_schema, and a
// new database's pseudonym key is made (libsodium). Several lacs at once: one migrates, the
// others wait for it (an advisory lock) and find it done. Returns the version the database
// was at (0 for an empty one); a database at the latest version is left as it was. Throws
//   DataError (65)  tables in lac's schema but no lac mark (another program's), or a schema
//                   newer than this lac knows ("upgrade lac"); nothing is written
// and whatever the connection throws. No copy is made before an older schema is migrated,
// as Db::migrate makes of a file: the server's own backups are the administrator's.
// `create` false (opening, not lac init): an empty database is NoInputError (66), left empty.
int migrate_postgres(PgConnection& connection, bool create = true);

// The schema version of the database, from lac_schema: 0 when it has none.
int postgres_schema_version(PgConnection& connection);

}  // namespace lac::store
