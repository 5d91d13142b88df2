#pragma once
// The dated history behind three records, as an import replays it: a person's assignments
// (who walked alongside them, from when), a goal's notes and a connection's status changes.
// Each history row belongs to its owner (a person, a goal, a connection) and is told apart
// from the owner's other rows by its date and, among rows of one date, its order.
#include <cstdint>
#include <string>
#include <vector>

#include "lac/util/date.hpp"

namespace lac {
class Db;

namespace store {

enum class History { assignments, goal_notes, connection_changes };

struct HistoryRow {
    int64_t id = 0;
    Date on;
    int64_t coordinator_id = 0;  // assignments
    std::string status;          // goal notes (empty for a progress note), connection changes
    std::string note;            // goal notes
};

// The owner's rows of that date, in the order they were written.
std::vector<HistoryRow> history_on(Db& db, History kind, int64_t owner, Date on);
void insert_history(Db& db, History kind, int64_t owner, const HistoryRow& row);
void update_history(Db& db, History kind, const HistoryRow& row);
// Removes all the owner's rows: those an import wrote by itself for an owner it has just
// added, before it replays the file's.
void clear_history(Db& db, History kind, int64_t owner);
// After assignments change: each ends the day the next begins, the last is open, and the
// person's current coordinator is the last one's.
void rechain_assignments(Db& db, int64_t person_id);

}  // namespace store
}  // namespace lac
