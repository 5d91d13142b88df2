#pragma once
// The records lac keeps, as plain values.
#include <cstdint>
#include <optional>
#include <string>

#include "lac/date.hpp"

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
};

}  // namespace lac
