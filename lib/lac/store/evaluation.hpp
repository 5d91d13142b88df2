#pragma once
// The rows behind lac evaluate: events of a period, for everyone or one team, grouped by
// what the report breaks them down by and by person (so that the people behind any
// figure, and behind any total, can be counted once).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lac/util/date.hpp"

namespace lac {
class Db;

namespace store {

struct KeyedRow {
    std::string group, key;  // e.g. support and source; "" where unused
    int64_t person_id = 0;
    int64_t count = 0;       // events (1 for a row that counts a person)
    double amount = 0;       // minutes, hours: what the query sums
};

struct AvoidedRow {
    int64_t person_id = 0;
    std::string type, label, budget, confidence, unit, source;
    double unit_cost = 0;
    int64_t count = 0;
    double quantity = 0;
};

struct CheckInRow {
    int64_t person_id = 0;
    Date on;
    std::optional<int> life, worthwhile, happy, anxious;
    std::string lonely;  // "" when not answered
};

struct EvaluationRows {
    std::vector<KeyedRow> people;            // group support, key source: walked alongside or introduced in the period
    std::vector<KeyedRow> conversations;     // by person: count, minutes
    std::vector<KeyedRow> closures;          // key close reason
    std::vector<KeyedRow> goals_set;         // key life area
    std::vector<KeyedRow> goals_achieved;    // key life area
    std::vector<KeyedRow> connections_made;  // key kind
    std::vector<KeyedRow> connections_sustained;  // key kind: reached 'sustained' in the period
    std::vector<KeyedRow> people_sustained;  // people in the period whose connection was sustained at its end
    std::vector<KeyedRow> contributions;     // by person: count, hours
    std::vector<AvoidedRow> avoided;
    std::vector<CheckInRow> checkins;        // every check-in to the period's end of the people with one in it
    int64_t coordinators = 0;                // who walked alongside anyone in scope in the period
};

// Events in [from, to]; `team` empty: everyone's, else those that count for the team's
// coordinators (matched without regard to case, as the team is stored).
EvaluationRows evaluation_rows(Db& db, Date from, Date to, const std::string& team);

// Connections made (group "made", on the day made) and reaching 'sustained' (group
// "sustained", on the day of that change) in [from, to], keyed by month ("2026-03") and by
// person, for the same scope.
std::vector<KeyedRow> connections_by_month(Db& db, Date from, Date to, const std::string& team);

}  // namespace store
}  // namespace lac
