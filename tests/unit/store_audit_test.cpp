// The audit trail (lib/lac/store/audit).
#include <doctest/doctest.h>

#include <sys/stat.h>

#include "lac/util/errors.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/db.hpp"
#include "lac/util/ref.hpp"
#include "test_helpers.hpp"

namespace fs = std::filesystem;

TEST_CASE("audit_each records one row for each record, in one statement") {
    Fixture f;
    f.db->write([&] { lac::store::audit_each(*f.db, "import", "conversation", lac::ref::conversation, {7, 8, 1000000}); });
    CHECK(audit_rows(*f.db) == 3);
    auto entries = lac::store::audit_for(*f.db, "C1000000");
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == "import");
    CHECK(entries[0].entity == "conversation");
    CHECK(entries[0].actor == "asha");
    CHECK(entries[0].command == "test");
    CHECK(lac::store::audit_for(*f.db, "C7").size() == 1);
    f.db->write([&] { lac::store::audit_each(*f.db, "import", "conversation", lac::ref::conversation, {}); });
    CHECK(audit_rows(*f.db) == 3);
}
