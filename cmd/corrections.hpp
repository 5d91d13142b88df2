#pragma once
// What the correction commands (conversation, contribution, avoided) share: a bounded
// list in a period, a show of every field, a delete behind --confirm, and the line an
// edit prints.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "context.hpp"
#include "lac/util/table.hpp"

namespace CLI {
class App;
}

// What a list is given, read: the person as typed (everyone when empty), the period, and
// how many rows at most (0: all).
struct ListScope {
    std::string person;
    std::optional<lac::Date> from, to;
    int limit = 0;
};
// `lac GROUP list [P] [--from D] [--to D] [--limit N]`: `rows` returns the table of the
// records in scope (at most its limit), newest first, each text whole when asked.
using ListRows = std::function<lac::Table(lac::Session&, const ListScope&, bool whole_text)>;
void add_list(CLI::App* group, Context& ctx, const std::string& help, ListRows rows);

// `lac GROUP show REF`: every field, a long text in full (`record` returns them as JSON).
using ShowRecord = std::function<nlohmann::ordered_json(lac::Session&, const std::string& ref)>;
void add_show(CLI::App* group, Context& ctx, const std::string& help, const std::string& ref_help, ShowRecord record);

// `lac GROUP delete REF --confirm`: `remove` deletes (the library refuses without
// --confirm) and returns the reference deleted.
using DeleteRecord = std::function<std::string(lac::Session&, const std::string& ref, bool confirmed)>;
void add_delete(CLI::App* group, Context& ctx, const std::string& help, const std::string& ref_help,
                DeleteRecord remove);

// The confirmation of an edit: "updated C4: on, minutes".
void note_edited(Context& ctx, const std::string& ref, const std::vector<std::string>& fields);
