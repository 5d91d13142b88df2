#pragma once
// A bulk load into a PostgreSQL database (lac copy, lac demo on a server): its secondary
// indexes and foreign keys are set aside while the rows stream in, then built again, as
// pg_restore does, so that each index is sorted once and each reference checked in one join
// rather than row by row. All in the caller's transaction: should anything fail, they are
// back as they were.
#include <functional>

namespace lac {
class Db;

namespace store {

void with_checks_after(Db& to, const std::function<void()>& load);

}  // namespace store
}  // namespace lac
