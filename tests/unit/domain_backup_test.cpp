// lac backup's rules: where a backup may go, and its audit row (lib/lac/domain/backup).
#include <doctest/doctest.h>

#include <fstream>

#include "lac/domain/backup.hpp"
#include "lac/store/audit.hpp"
#include "lac/util/errors.hpp"
#include "test_helpers.hpp"

namespace fs = std::filesystem;

TEST_CASE("a backup is written, returned as an absolute path, and audited") {
    Fixture f;
    auto target = lac::backup_database(f.s(), {(f.dir.path / "sub" / ".." / "b.db").string(), false});
    CHECK(target == f.dir.path / "b.db");
    CHECK(fs::exists(target));
    auto rows = first_value(*f.db, "SELECT count(*) FROM audit WHERE action = 'backup' AND detail = 'to=" +
                                       target.string() + "'");
    CHECK(rows.getInt() == 1);
}

TEST_CASE("refused targets write nothing, not even an audit row") {
    Fixture f;
    int before = audit_rows(*f.db);
    std::ofstream(f.dir.path / "there.db") << "x";
    CHECK_THROWS_AS(lac::backup_database(f.s(), {(f.dir.path / "there.db").string(), false}), lac::CantCreateError);
    CHECK_THROWS_AS(lac::backup_database(f.s(), {f.dir.path.string(), true}), lac::CantCreateError);
    CHECK_THROWS_AS(lac::backup_database(f.s(), {(f.dir.path / "no" / "b.db").string(), false}), lac::CantCreateError);
    CHECK_THROWS_AS(lac::backup_database(f.s(), {(f.dir.path / "lac.db").string(), true}), lac::CantCreateError);
    CHECK_THROWS_AS(lac::backup_database(f.s(), {(f.dir.path / "lac.db-wal").string(), true}), lac::CantCreateError);
    CHECK_THROWS_AS(lac::backup_database(f.s(), {"", false}), lac::UsageError);
    CHECK(audit_rows(*f.db) == before);
    CHECK_FALSE(fs::exists(f.dir.path / "no"));
}
