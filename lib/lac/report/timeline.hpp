#pragma once
// lac person timeline: every record about one person, in date order.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "lac/domain/session.hpp"
#include "lac/store/records.hpp"
#include "lac/util/table.hpp"

namespace lac {

// One thing that happened, as every format shows it.
struct TimelineEntry {
    Date on;
    std::string time;         // HH:MM for a conversation that has one, else ""
    std::string kind;         // opened, transferred, conversation, goal, … (lac-person(1))
    std::string ref;          // the record's reference: P12, C40, G3, K5, T9, X2, W4
    std::string coordinator;  // who held a conversation; who took the person on (opened, transferred)
    std::string what;         // the facts in a few words: "40 min, home-visit", "→ achieved"
    std::string text;         // the free text, whole: a note, a goal's words, evidence
    int rank = 0;             // the order of kinds within a day
    long long seq = 0;        // then the order they were written in
};

struct Timeline {
    Person person;  // person.forgotten_on set: the tombstone, what is left without words
    std::vector<TimelineEntry> entries;  // oldest first
};

// Reads every record about the person found as person show finds them (a forgotten person
// by reference gives what is left of them); reading is not audited, as person show's is not.
Timeline person_timeline(Session& s, std::string_view who);

// One row an entry, the text whole: for CSV.
Table timeline_table(const Timeline& t);
// {"person", "name", "forgotten_on", "entries": [...]}: the keys in lac-person(1).
nlohmann::ordered_json timeline_json(const Timeline& t);
// For a terminal: a line an entry, its free text whole beneath it.
void write_timeline(std::ostream& out, const Timeline& t, const Style& style);
// A Markdown document: a heading a month, a line an entry, the text quoted.
void write_timeline_markdown(std::ostream& out, const Timeline& t);

}  // namespace lac
