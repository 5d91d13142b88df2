// Teams kept apart on a PostgreSQL server (lib/lac/store/row_security_postgres.cpp): a
// coordinator's login reads and changes only their own team's people and what hangs off
// them; a lead's or analyst's role the teams lac_access grants it; the trail takes rows in
// one's own name only. Store-level, with SQL as each role; tests/e2e/teams.sh does the same
// through the commands. Roles are the cluster's, so they are named for this test and dropped.
#include <doctest/doctest.h>

#include <string>

#include <fmt/format.h>

#include "lac/domain/config.hpp"
#include "lac/domain/session.hpp"
#include "lac/domain/team.hpp"
#include "lac/store/coordinators.hpp"
#include "lac/store/db.hpp"
#include "postgres_helpers.hpp"

using lac::ExitCode;
using pg_test::error_of;

namespace {

const char* const roles[] = {"rlsnorth", "rlssouth", "rlslead", "rlsanalyst", "rlsadmin"};

void drop_roles(lac::store::PgConnection& admin) {
    for (const char* role : roles) admin.execute(fmt::format("DROP ROLE IF EXISTS {}", role));
    admin.execute("DROP ROLE IF EXISTS lac_rls_users");
    admin.execute("DROP ROLE IF EXISTS lac_admin");
}

int64_t count(lac::Db& db, const std::string& sql) {
    lac::Query q(db, sql);
    REQUIRE(q.executeStep());
    return q.getColumn(0).getInt64();
}

int changed(lac::Db& db, const std::string& sql) {
    int n = 0;
    db.write([&] { n = lac::Query(db, sql).exec(); });
    return n;
}

const char* const now = "'2026-12-05T09:00:00Z'";

}  // namespace

TEST_CASE("row-level security: a coordinator sees their own team; a lead the teams granted; the trail is one's own") {
    pg_test::FreshDatabase fresh("lac_row_security");
    const std::string name = fresh.name;
    auto admin = pg_test::admin();
    for (const auto& db : {name}) admin->execute(fmt::format("REVOKE ALL ON DATABASE {} FROM PUBLIC", db));
    drop_roles(*admin);
    bool created = false;
    lac::Db::create(pg_test::url(name), {}, created);
    admin->execute("CREATE ROLE lac_rls_users NOLOGIN");
    for (const char* role : roles) admin->execute(fmt::format("CREATE ROLE {} LOGIN IN ROLE lac_rls_users", role));
    admin->execute(fmt::format("GRANT CONNECT ON DATABASE {} TO lac_rls_users", name));
    fresh->execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO lac_rls_users");
    fresh->execute(fmt::format(
        "INSERT INTO coordinator (handle, name, team, capacity_min, capacity_max, recorded_at, recorded_by) VALUES "
        "('rlsnorth', 'Nora', 'North', 8, 12, {0}, 'x'), ('rlssouth', 'Sam', 'South', 8, 12, {0}, 'x');"
        "INSERT INTO person (name, name_key, coordinator_id, source, support, opened_on, status, recorded_at, "
        "recorded_by) VALUES ('Mary North', 'mary north', 1, 'self', 'walking-alongside', '2026-01-01', 'active', "
        "{0}, 'x'), ('Sid South', 'sid south', 2, 'self', 'walking-alongside', '2026-01-01', 'active', {0}, 'x');"
        "INSERT INTO conversation (person_id, coordinator_id, on_date, mode, note, recorded_at, recorded_by) VALUES "
        "(1, 1, '2026-11-02', 'visit', 'north note', {0}, 'x'), (2, 2, '2026-11-02', 'visit', 'south note', {0}, 'x');"
        "INSERT INTO audit (at, actor, command, action, entity, ref) VALUES "
        "({0}, 'rlsnorth', 'log', 'add', 'conversation', 'C1'), ({0}, 'rlssouth', 'log', 'add', 'conversation', 'C2');"
        "INSERT INTO lac_access (role, team) VALUES ('rlslead', 'north'), ('rlsanalyst', '*')",
        now));

    auto north = lac::Db::open(pg_test::url(name, "rlsnorth"), {});
    CHECK(count(*north, "SELECT count(*) FROM person") == 1);
    CHECK(count(*north, "SELECT count(*) FROM person WHERE id = 2") == 0);
    CHECK(count(*north, "SELECT count(*) FROM conversation") == 1);
    CHECK(count(*north, "SELECT count(*) FROM conversation WHERE note = 'south note'") == 0);
    CHECK(count(*north, "SELECT count(*) FROM audit") == 1);
    CHECK(count(*north, "SELECT count(*) FROM coordinator") == 1);  // nor South's coordinators
    // A South person is not there to change, nor to write about.
    CHECK(changed(*north, "UPDATE person SET area = 'moved' WHERE id = 2") == 0);
    CHECK(changed(*north, "DELETE FROM conversation WHERE person_id = 2") == 0);
    auto [code, message] = error_of([&] {
        changed(*north, fmt::format("INSERT INTO conversation (person_id, coordinator_id, on_date, mode, recorded_at, "
                                    "recorded_by) VALUES (2, 1, '2026-11-03', 'visit', {}, 'rlsnorth')",
                                    now));
    });
    CHECK(code == ExitCode::permission);
    CHECK(message.find("row-level security") != std::string::npos);
    // Nor moved to their own team, nor one of their own handed to South.
    CHECK(error_of([&] { changed(*north, "UPDATE person SET coordinator_id = 2 WHERE id = 1"); }).first ==
          ExitCode::permission);
    // The trail takes rows in one's own name only.
    CHECK(error_of([&] {
              changed(*north, fmt::format("INSERT INTO audit (at, actor, command, action, entity, ref) VALUES "
                                          "({}, 'rlssouth', 'log', 'add', 'person', 'P1')",
                                          now));
          }).first == ExitCode::permission);
    CHECK(changed(*north, fmt::format("INSERT INTO audit (at, actor, command, action, entity, ref) VALUES "
                                      "({}, 'rlsnorth', 'log', 'add', 'person', 'P1')",
                                      now)) == 1);
    // Nor may a coordinator grant themselves more, or read the grants.
    CHECK(count(*north, "SELECT count(*) FROM lac_access") == 0);
    CHECK(error_of([&] { changed(*north, "INSERT INTO lac_access VALUES ('rlsnorth', '*')"); }).first ==
          ExitCode::permission);

    auto south = lac::Db::open(pg_test::url(name, "rlssouth"), {});
    CHECK(count(*south, "SELECT count(*) FROM person") == 1);
    CHECK(count(*south, "SELECT count(*) FROM person WHERE name = 'Sid South'") == 1);

    auto lead = lac::Db::open(pg_test::url(name, "rlslead"), {});  // granted North, by any case
    CHECK(count(*lead, "SELECT count(*) FROM person") == 1);
    CHECK(count(*lead, "SELECT count(*) FROM person WHERE name = 'Mary North'") == 1);
    auto analyst = lac::Db::open(pg_test::url(name, "rlsanalyst"), {});  // granted '*'
    CHECK(count(*analyst, "SELECT count(*) FROM person") == 2);
    CHECK(count(*analyst, "SELECT count(*) FROM conversation") == 2);

    // The team is kept by the administrator: a coordinator adds no coordinator, to their own
    // team or another, and changes none, by SQL or by lac; a member of lac_admin adds one
    // (INSERT ... RETURNING reads the new row back, which a policy by id could not see).
    for (const char* team : {"North", "South"})
        CHECK(error_of([&] {
                  changed(*north, fmt::format("INSERT INTO coordinator (handle, name, team, capacity_min, "
                                              "capacity_max, recorded_at, recorded_by) VALUES ('ned', 'Ned', "
                                              "'{}', 8, 12, {}, 'rlsnorth')",
                                              team, now));
              }).first == ExitCode::permission);
    CHECK(changed(*north, "UPDATE coordinator SET capacity_max = 99") == 0);
    lac::Config config = lac::load_config(std::nullopt);
    north->set_actor("rlsnorth", "coordinator");
    lac::Session as_north{*north, config, lac::make_date(2026, 12, 5)};
    for (const char* handle : {"ned", "rlssouth", "rlsnorth"}) {
        auto [add_code, add_message] = error_of([&] { lac::add_coordinator(as_north, handle, {std::string("Ned")}); });
        CHECK(add_code == ExitCode::permission);
        CHECK(add_message == "on a PostgreSQL server the team's coordinators are added and changed by lac's "
                             "administrator, who also makes their logins; ask them (see lac-server(7))");
        CHECK(error_of([&] { lac::retire_coordinator(as_north, handle); }) == std::pair{add_code, add_message});
    }
    admin->execute("CREATE ROLE lac_admin NOLOGIN");
    admin->execute("GRANT lac_admin TO rlsadmin");
    admin->execute("GRANT lac_rls_users TO rlsadmin");
    auto keeper = lac::Db::open(pg_test::url(name, "rlsadmin"), {});
    keeper->set_actor("rlsadmin", "coordinator");
    lac::Session as_keeper{*keeper, config, lac::make_date(2026, 12, 5)};
    lac::CoordinatorFields ned;
    ned.name = "Ned";
    ned.team = "North";
    CHECK(lac::add_coordinator(as_keeper, "ned", ned).id == 3);
    CHECK(count(*north, "SELECT count(*) FROM coordinator") == 2);  // Ned is North's
    CHECK(count(*south, "SELECT count(*) FROM coordinator") == 1);

    keeper.reset();
    north.reset();
    south.reset();
    lead.reset();
    analyst.reset();
    fresh->execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM lac_rls_users");
    admin->execute(fmt::format("REVOKE ALL ON DATABASE {} FROM lac_rls_users", name));
    drop_roles(*admin);
}
