// lac's schema on PostgreSQL against a real server (lib/lac/store/migrations_postgres.cpp,
// postgres_migrate): the same tables, columns and indexes as SQLite's migrations make, ids
// as AUTOINCREMENT keeps them, lac_now(), the pseudonym key, the checks, and the databases
// refused. Each case works in a database of its own (postgres_helpers.hpp).
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "lac/store/db.hpp"
#include "lac/store/engine/postgres_statement.hpp"
#include "lac/store/migrations.hpp"
#include "lac/store/postgres_migrate.hpp"
#include "postgres_helpers.hpp"
#include "test_helpers.hpp"

using lac::store::migrate_postgres;
using lac::store::PgConnection;
using lac::store::PgStatement;
using lac::store::postgres_schema_version;
using pg_test::error_of;
using pg_test::FreshDatabase;
using pg_test::number;
using pg_test::text;

namespace {

// Rows of one or more text columns, tab-joined: what a schema is compared by.
using Lines = std::vector<std::string>;
Lines lines(lac::store::Statement& query) {
    Lines out;
    while (query.executeStep()) {
        std::string line;
        for (int c = 0; c < query.getColumnCount(); ++c) line += (c ? "\t" : "") + query.getColumn(c).getString();
        out.push_back(line);
    }
    return out;
}
Lines pg_lines(PgConnection& db, const std::string& sql) {
    PgStatement query(db, sql);
    return lines(query);
}
Lines sqlite_lines(lac::Db& db, const std::string& sql) { return lines(*db.prepare(sql)); }

// A coordinator added as a command adds one; its id.
int64_t add_coordinator(PgConnection& db, const std::string& handle, const char* id = "NULL") {
    return number(db, fmt::format("INSERT INTO coordinator (id, handle, name, capacity_min, capacity_max, "
                                  "recorded_at, recorded_by) VALUES ({}, '{}', 'Name', 8, 12, lac_now(), 'asha') "
                                  "RETURNING id",
                                  id, handle));
}

// A fresh database migrated, on a connection whose command began at 09:30.
void migrate_fresh(FreshDatabase& db) {
    CHECK(migrate_postgres(*db) == 0);
    db->execute("SET lac.now = '2026-12-05T09:30:00Z'");
}

}  // namespace

TEST_CASE("an empty PostgreSQL database migrates to the latest schema: SQLite's tables, columns and indexes") {
    FreshDatabase pg("lac_migrate_schema");
    CHECK(postgres_schema_version(*pg) == 0);
    CHECK(migrate_postgres(*pg) == 0);
    CHECK(postgres_schema_version(*pg) == lac::Db::latest_schema_version());
    CHECK(lac::postgres_migrations().size() == lac::migrations().size());

    TempDir dir;
    bool created = false;
    auto sqlite = lac::Db::create(dir.path / "lac.db", {}, created);

    // Every column, in order, of the same type, NOT NULL as in SQLite; text bytewise ("C").
    Lines sqlite_columns = sqlite_lines(*sqlite,
        "SELECT m.name, p.name, CASE p.type WHEN 'INTEGER' THEN 'bigint' WHEN 'REAL' THEN 'double precision' "
        "ELSE 'text' END, CASE WHEN p.\"notnull\" OR p.pk THEN 'NO' ELSE 'YES' END "
        "FROM sqlite_schema m, pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' "
        "ORDER BY m.name, p.cid");
    Lines pg_columns = pg_lines(*pg,
        "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable FROM information_schema.columns c "
        "JOIN information_schema.tables t USING (table_schema, table_name) WHERE c.table_schema = current_schema() "
        "AND t.table_type = 'BASE TABLE' AND c.table_name NOT IN ('lac_schema', 'lac_sequence', 'lac_access') "
        "ORDER BY c.table_name COLLATE \"C\", c.ordinal_position");
    CHECK(sqlite_columns.size() > 100);
    CHECK(pg_columns == sqlite_columns);
    CHECK(number(*pg, "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                      "AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C'") == 0);

    // Every index (but those of primary keys and UNIQUE), on the same columns, partial or not.
    Lines sqlite_indexes = sqlite_lines(*sqlite,
        "SELECT m.name, m.tbl_name, (SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info(m.name) "
        "ORDER BY seqno)), CASE WHEN m.sql LIKE '% WHERE %' THEN 'partial' ELSE '' END "
        "FROM sqlite_schema m WHERE m.type = 'index' AND m.sql IS NOT NULL ORDER BY m.name");
    Lines pg_indexes = pg_lines(*pg,
        "SELECT i.relname, t.relname, (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM "
        "unnest(x.indkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = x.indrelid "
        "AND a.attnum = k.attnum), CASE WHEN x.indpred IS NULL THEN '' ELSE 'partial' END "
        "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
        "JOIN pg_namespace s ON s.oid = t.relnamespace WHERE s.nspname = current_schema() "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = x.indexrelid) ORDER BY i.relname COLLATE \"C\"");
    CHECK(sqlite_indexes.size() > 30);
    CHECK(pg_indexes == sqlite_indexes);

    // Every table with an id draws it from lac_sequence.
    CHECK(pg_lines(*pg, "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
                        "AND column_name = 'id' AND table_name NOT IN (SELECT event_object_table FROM "
                        "information_schema.triggers WHERE action_statement = 'EXECUTE FUNCTION lac_next_id()')")
              .empty());
    CHECK(number(*pg, "SELECT count(*) FROM lac_sequence") == 14);
}

TEST_CASE("migrating again is a no-op, and an older schema's names are split into parts as SQLite's are") {
    FreshDatabase pg("lac_migrate_again");
    migrate_fresh(pg);
    add_coordinator(*pg, "asha");
    std::string key = text(*pg, "SELECT value FROM meta WHERE key = 'pseudonym_key'");
    CHECK(migrate_postgres(*pg) == lac::Db::latest_schema_version());
    CHECK(text(*pg, "SELECT value FROM meta WHERE key = 'pseudonym_key'") == key);
    CHECK(number(*pg, "SELECT count(*) FROM coordinator") == 1);
    CHECK(number(*pg, "SELECT count(*) FROM meta") == 3);

    // A database at schema 5 with people named: migration 6 splits their names.
    FreshDatabase old("lac_migrate_old");
    for (const auto& migration : lac::postgres_migrations())
        if (migration.version <= 5) old->execute(migration.sql);
    old->execute("INSERT INTO lac_schema (application_id, version) VALUES (1279345457, 5); SET lac.now = 'now'");
    add_coordinator(*old, "asha");
    old->execute("INSERT INTO person (name, name_key, coordinator_id, source, support, opened_on, status, "
                 "recorded_at, recorded_by) VALUES ('Tom Reid', 'tom reid', 1, 'gp', 'introduction', "
                 "'2026-01-01', 'active', lac_now(), 'asha')");
    CHECK(migrate_postgres(*old) == 5);
    CHECK(postgres_schema_version(*old) == 7);
    CHECK(pg_lines(*old, "SELECT part FROM person_name_part ORDER BY part") == Lines{"reid", "tom reid"});
    CHECK(number(*old, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'next_on'") == 1);
}

TEST_CASE("two lacs migrating one empty database at once: one migrates it, the other waits and finds it done") {
    FreshDatabase pg("lac_migrate_together");
    PgConnection other(pg_test::url("lac_migrate_together"));
    int first = -1, second = -1;
    std::pair<lac::ExitCode, std::string> failed, failed_too;
    std::thread racing([&] { failed = error_of([&] { second = migrate_postgres(other); }); });
    failed_too = error_of([&] { first = migrate_postgres(*pg); });
    racing.join();
    CHECK(failed.second == "");
    CHECK(failed_too.second == "");
    CHECK(std::set<int>{first, second} == std::set<int>{0, lac::Db::latest_schema_version()});
    CHECK(number(*pg, "SELECT count(*) FROM meta WHERE key = 'pseudonym_key' AND length(value) = 64") == 1);
}

TEST_CASE("ids as SQLite's AUTOINCREMENT: 1, 2; an explicit id moves the counter; a rollback leaves no gap") {
    FreshDatabase pg("lac_migrate_ids");
    migrate_fresh(pg);
    CHECK(add_coordinator(*pg, "a") == 1);
    CHECK(add_coordinator(*pg, "b") == 2);
    CHECK(add_coordinator(*pg, "c", "10") == 10);
    CHECK(add_coordinator(*pg, "d") == 11);
    CHECK(add_coordinator(*pg, "e", "5") == 5);  // below the counter: it stays
    CHECK(add_coordinator(*pg, "f") == 12);

    pg->begin();
    CHECK(add_coordinator(*pg, "g") == 13);
    pg->rollback();
    CHECK(add_coordinator(*pg, "h") == 13);  // no gap

    pg->execute("DELETE FROM coordinator WHERE id = 13");
    CHECK(add_coordinator(*pg, "i") == 14);  // never reused

    // Inside one transaction too: a savepoint rolled back leaves no gap, and the highest id,
    // deleted, is not given again. The counter's row is not written for each row: a
    // million rows in one transaction walked a million versions of it.
    auto counter_version = [&] { return text(*pg, "SELECT xmin::text FROM lac_sequence WHERE name = 'coordinator'"); };
    std::string before = counter_version();
    pg->begin();
    CHECK(add_coordinator(*pg, "j") == 15);
    pg->execute("SAVEPOINT try");
    CHECK(add_coordinator(*pg, "k") == 16);
    pg->execute("ROLLBACK TO SAVEPOINT try");
    CHECK(add_coordinator(*pg, "l") == 16);
    CHECK(add_coordinator(*pg, "m") == 17);
    pg->commit();
    CHECK(counter_version() == before);
    pg->begin();
    pg->execute("DELETE FROM coordinator WHERE id = 17");
    CHECK(add_coordinator(*pg, "n") == 18);
    pg->commit();
    pg->execute("DELETE FROM coordinator WHERE id = 18");
    CHECK(add_coordinator(*pg, "o") == 19);
    // Each table counts on its own.
    CHECK(number(*pg, "INSERT INTO audit (at, actor, command, action, entity, ref) VALUES "
                      "(lac_now(), 'asha', 'test', 'add', 'coordinator', 'c1') RETURNING id") == 1);
}

TEST_CASE("the pseudonym key is 64 hex digits, new for each database; lac_now() reads lac.now") {
    FreshDatabase one("lac_migrate_key_one");
    migrate_fresh(one);
    FreshDatabase two("lac_migrate_key_two");
    migrate_fresh(two);
    std::string key = text(*one, "SELECT value FROM meta WHERE key = 'pseudonym_key'");
    CHECK(key.size() == 64);
    CHECK(key.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(text(*two, "SELECT value FROM meta WHERE key = 'pseudonym_key'") != key);
    CHECK(text(*one, "SELECT value FROM meta WHERE key = 'created_at'").size() == 20);

    CHECK(text(*one, "SELECT lac_now()") == "2026-12-05T09:30:00Z");
    one->execute("SET lac.now = '2027-01-02T03:04:05Z'");
    CHECK(text(*one, "SELECT lac_now()") == "2027-01-02T03:04:05Z");
    PgConnection unset(pg_test::url("lac_migrate_key_one"));
    CHECK(error_of([&] { PgStatement(unset, "SELECT lac_now()").executeStep(); }).first != lac::ExitCode::ok);
}

TEST_CASE("the \"natural\" column and the checks hold as SQLite's do") {
    FreshDatabase pg("lac_migrate_checks");
    migrate_fresh(pg);
    add_coordinator(*pg, "asha");
    // The exit code of an insert of `values` (formatted into `sql`): ok, or 65 when refused.
    auto insert = [&](const char* sql, const char* first, const char* second) {
        return error_of([&] { pg->execute(fmt::format(fmt::runtime(sql), first, second)); }).first;
    };
    auto person = [&](const char* status, const char* closed_on) {
        return insert("INSERT INTO person (name, name_key, coordinator_id, source, support, opened_on, status, "
                      "closed_on, recorded_at, recorded_by) VALUES ('Ann', 'ann', 1, 'gp', 'introduction', "
                      "'2026-01-01', '{}', {}, lac_now(), 'asha')",
                      status, closed_on);
    };
    CHECK(person("active", "NULL") == lac::ExitCode::ok);
    CHECK(person("bogus", "NULL") == lac::ExitCode::data);
    CHECK(person("closed", "NULL") == lac::ExitCode::data);
    CHECK(person("closed", "'2026-02-01'") == lac::ExitCode::ok);

    auto connect = [&](const char* kind, const char* natural) {
        return insert("INSERT INTO connection (person_id, kind, \"natural\", status, made_on, recorded_at, "
                      "recorded_by) VALUES (1, '{}', {}, 'introduced', '2026-01-02', lac_now(), 'asha')",
                      kind, natural);
    };
    CHECK(connect("natural", "'Aunt May'") == lac::ExitCode::ok);
    CHECK(connect("natural", "NULL") == lac::ExitCode::data);
    CHECK(connect("peer", "'Aunt May'") == lac::ExitCode::data);
    CHECK(text(*pg, "SELECT k.natural FROM connection k") == "Aunt May");

    auto wellbeing = [&](const char* life, const char* lonely) {
        return insert("INSERT INTO wellbeing (person_id, on_date, life, lonely, recorded_at, recorded_by) "
                      "VALUES (1, '2026-01-03', {}, {}, lac_now(), 'asha')",
                      life, lonely);
    };
    CHECK(wellbeing("NULL", "'often'") == lac::ExitCode::ok);
    CHECK(wellbeing("7", "NULL") == lac::ExitCode::ok);
    CHECK(wellbeing("NULL", "NULL") == lac::ExitCode::data);  // nothing answered
    CHECK(wellbeing("11", "NULL") == lac::ExitCode::data);
    CHECK(wellbeing("NULL", "'sometimes'") == lac::ExitCode::data);
}

TEST_CASE("another program's database and a newer schema are refused with one line, and left as they were") {
    FreshDatabase other("lac_migrate_other");
    other->execute("CREATE TABLE invoices (id bigint)");
    auto [code, message] = error_of([&] { migrate_postgres(*other); });
    CHECK(code == lac::ExitCode::data);
    CHECK(message.find("the PostgreSQL database lac_migrate_other on ") == 0);
    CHECK(message.find(" holds tables but is not a lac database; lac left it as it was") != std::string::npos);
    CHECK(message.find('\n') == std::string::npos);
    CHECK(pg_lines(*other, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()") ==
          Lines{"invoices"});

    // A lac_schema of another program's (another application id) is not lac's mark.
    other->execute("DROP TABLE invoices; CREATE TABLE lac_schema (application_id bigint, version integer); "
                   "INSERT INTO lac_schema VALUES (42, 7)");
    CHECK(error_of([&] { migrate_postgres(*other); }).first == lac::ExitCode::data);

    FreshDatabase newer("lac_migrate_newer");
    migrate_fresh(newer);
    newer->execute("UPDATE lac_schema SET version = 8");
    std::tie(code, message) = error_of([&] { migrate_postgres(*newer); });
    CHECK(code == lac::ExitCode::data);
    CHECK(message.find("has schema version 8, newer than this lac knows (7); upgrade lac") != std::string::npos);
    CHECK(message.find('\n') == std::string::npos);
    CHECK(postgres_schema_version(*newer) == 8);
}
