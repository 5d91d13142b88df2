#pragma once
// The records lac keeps, as plain values.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lac/util/date.hpp"

namespace lac {

struct Coordinator {
    int64_t id = 0;
    std::string handle;
    std::string name;
    std::string team;
    std::string neighbourhood;
    int capacity_min = 0;
    int capacity_max = 0;
    bool active = true;
};

struct Person {
    int64_t id = 0;
    std::string name;
    int64_t coordinator_id = 0;
    std::string coordinator;  // handle of the current coordinator
    std::string area;
    std::string source;
    std::string support;  // walking-alongside | introduction
    Date opened_on;
    std::string status;  // active | closed
    std::optional<Date> closed_on;
    std::string close_reason;
    std::string gifts;
    std::optional<int> birth_year;
    std::optional<Date> forgotten_on;  // set by lac person forget: name and free text gone
    std::optional<Date> next_on;       // the next contact meant (lac log --next); none once closed
};

struct Assignment {
    int64_t id = 0;
    std::string coordinator;  // handle
    Date from;
    std::optional<Date> to;  // the day the next assignment began
};

struct Conversation {
    int64_t id = 0;
    int64_t person_id = 0;
    int64_t coordinator_id = 0;
    std::string coordinator;  // handle
    Date on;
    std::string at_time;  // HH:MM or empty
    std::optional<int> minutes;
    std::string mode;
    std::string note;
    std::string person_name;  // filled where asked for (lists)
};

struct GoalNote {
    Date on;
    std::string status;  // empty for a progress note
    std::string note;
};

struct Goal {
    int64_t id = 0;
    int64_t person_id = 0;
    std::string person_name;
    std::string text;
    std::string area;
    std::string status;  // active | achieved | changed | let-go
    Date set_on;
    std::optional<Date> closed_on;
    std::vector<GoalNote> notes;  // oldest first; filled where asked for
};

struct Asset {
    int64_t id = 0;
    std::string name;
    std::string kind;
    std::string area;
    std::string contact;
    std::string notes;
    bool active = true;
    int people = 0;  // people connected now (connections not ended)
};

struct Connection {
    int64_t id = 0;
    int64_t person_id = 0;
    std::string person_name;
    std::string kind;  // asset | peer | natural
    std::optional<int64_t> asset_id;
    std::string asset_name;
    std::optional<int64_t> peer_id;
    std::string peer_name;
    std::string natural;
    std::string status;  // introduced | engaged | sustained | ended
    Date made_on;
    std::optional<Date> ended_on;
};

struct Contribution {
    int64_t id = 0;
    int64_t person_id = 0;
    Date on;
    double hours = 0;
    std::optional<int64_t> asset_id;
    std::string asset_name;
    std::string what;
    std::string person_name;  // filled where asked for (lists)
};

struct Avoided {
    int64_t id = 0;
    int64_t person_id = 0;
    std::string type;
    std::string label;
    Date on;
    double quantity = 0;
    std::string unit;
    double unit_cost = 0;
    std::string budget;
    std::string source;
    std::string confidence;  // possible | likely | certain
    std::string evidence;
    std::string person_name;  // filled where asked for (lists)
    double value() const { return quantity * unit_cost; }
};

// A wellbeing check-in: the ONS personal wellbeing questions (0–10 each, any left out) and
// the ONS direct loneliness question.
struct Wellbeing {
    int64_t id = 0;
    int64_t person_id = 0;
    Date on;
    std::optional<int> life, worthwhile, happy, anxious;
    std::string lonely;  // often, some, occasionally, hardly, never; or empty
    std::string note;
    std::string person_name;  // filled where asked for (lists)
};

}  // namespace lac
