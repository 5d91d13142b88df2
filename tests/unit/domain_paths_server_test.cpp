// Who acts on a PostgreSQL server (lib/lac/domain/paths.cpp, store/server_roles.*): the
// login, which a coordinator cannot claim to be another's; an administrator may act for
// another (lac import, lac demo). Against the private test server (postgres_helpers.hpp).
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "lac/domain/config.hpp"
#include "lac/domain/paths.hpp"
#include "lac/store/db.hpp"
#include "postgres_helpers.hpp"

using lac::ExitCode;
using pg_test::error_of;

TEST_CASE("on a server the acting handle is the login; only an administrator may act for another") {
    pg_test::FreshDatabase fresh("lac_paths_login");
    bool created = false;
    lac::Db::create(pg_test::url(fresh.name), {}, created);
    auto admin = pg_test::admin();
    admin->execute("DROP ROLE IF EXISTS lac_login_ben");
    admin->execute("CREATE ROLE lac_login_ben LOGIN");
    fresh->execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO lac_login_ben");
    lac::Config config = lac::load_config(std::nullopt);
    ::unsetenv("LAC_USER");
    {
        auto ben = lac::Db::open(pg_test::url(fresh.name, "lac_login_ben"), {});
        // Nothing claimed but this machine's login: the server's login acts.
        CHECK(lac::acting_handle("", config, *ben) == "lac_login_ben");
        CHECK(lac::acting_handle("lac_login_ben", config, *ben) == "lac_login_ben");
        auto [code, message] = error_of([&] { lac::acting_handle("asha", config, *ben); });
        CHECK(code == ExitCode::permission);
        CHECK(message.find("you act as your login, lac_login_ben; --as names asha") != std::string::npos);
        ::setenv("LAC_USER", "asha", 1);
        CHECK(error_of([&] { lac::acting_handle("", config, *ben); }).first == ExitCode::permission);
        ::unsetenv("LAC_USER");
    }
    // The superuser that made the database may act for anyone.
    auto owner = lac::Db::open(pg_test::url(fresh.name), {});
    CHECK(lac::acting_handle("asha", config, *owner) == "asha");
    // So may a member of lac_admin.
    admin->execute("DROP ROLE IF EXISTS lac_admin");
    admin->execute("CREATE ROLE lac_admin NOLOGIN");
    admin->execute("GRANT lac_admin TO lac_login_ben");
    {
        auto ben = lac::Db::open(pg_test::url(fresh.name, "lac_login_ben"), {});
        CHECK(lac::acting_handle("asha", config, *ben) == "asha");
    }
    fresh->execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM lac_login_ben");
    admin->execute("DROP ROLE lac_admin");
    admin->execute("DROP ROLE lac_login_ben");
}
