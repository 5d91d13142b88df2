// What lac doctor asks of the database file (lib/lac/store/health).
#include <doctest/doctest.h>

#include "lac/store/health.hpp"
#include "test_helpers.hpp"

using lac::make_date;

TEST_CASE("a new database is sound, in WAL mode, with every reference in place") {
    Fixture f;
    f.db->read([&] {
        CHECK(lac::store::integrity_problems(*f.db).empty());
        CHECK(lac::store::foreign_key_problems(*f.db).rows == 0);
        CHECK(lac::store::journal_mode(*f.db) == "wal");
    });
}

TEST_CASE("rows naming a missing record are counted, with their tables") {
    EdithTomAndAChoir f;
    f.db->exec("PRAGMA foreign_keys = OFF");
    f.db->exec("INSERT INTO conversation (person_id, coordinator_id, on_date, mode, recorded_at, recorded_by) "
                     "VALUES (99, 1, '2026-11-01', 'phone', 'x', 'x'), (98, 1, '2026-11-01', 'phone', 'x', 'x')");
    auto problems = lac::store::foreign_key_problems(*f.db);
    CHECK(problems.rows == 2);
    CHECK(problems.tables == std::vector<std::string>{"conversation"});
}

TEST_CASE("people closed before a day are counted, unless forgotten") {
    EdithTomAndAChoir f;  // Edith P1 and Tom P2, opened 2026-09-01
    lac::close_person(f.s(), "P1", "moved", make_date(2026, 9, 10));
    lac::close_person(f.s(), "P2", "moved", make_date(2026, 10, 10));
    CHECK(lac::store::people_closed_before(*f.db, make_date(2026, 9, 10)) == 0);
    CHECK(lac::store::people_closed_before(*f.db, make_date(2026, 9, 11)) == 1);
    CHECK(lac::store::people_closed_before(*f.db, make_date(2026, 11, 23)) == 2);
    f.db->exec("UPDATE person SET name = NULL, name_key = NULL WHERE id = 1");
    CHECK(lac::store::people_closed_before(*f.db, make_date(2026, 11, 23)) == 1);
}
