#pragma once
// The analysts' extracts (lac-export(1), COLUMNS): each entity's columns, in their stable order, with the
// SQL that reads them; rows are streamed, never gathered.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lac/util/date.hpp"

namespace lac {
class Db;

namespace store {

enum class ColumnKind {
    reference,  // an id shown as a letter and a number: C40, A7
    person,     // a person's id: a pseudonym, or P12 with --identify
    text,
    integer,
    real,
};

struct ExportColumn {
    const char* name;
    ColumnKind kind;
    char letter;         // for references
    bool identify_only;  // names and free text: only with --identify
    const char* expr;    // the SQL expression that reads it
};

struct ExportSpec {
    const char* entity;     // people, conversations, …
    const char* from;       // FROM … JOIN …
    const char* date_expr;  // the record's main date, or nullptr if it has none
    const char* order;      // an order the indexes give without sorting
    std::vector<ExportColumn> columns;
};

const std::vector<ExportSpec>& export_specs();

// The highest id among the spec's records here (0 when there are none), read from its own
// table, the first in its FROM, by the index of its key.
int64_t highest_id(Db& db, const ExportSpec& spec);

struct ExportValue {
    bool null = true;
    int64_t integer = 0;
    double real = 0;
    std::string_view text;  // valid until the next row
};

// Calls `row` for each record in [from, to] (by the main date), with one value for each of
// the spec's columns that is shown (identify-only ones only when `identify`).
void stream_export(Db& db, const ExportSpec& spec, bool identify, std::optional<Date> from, std::optional<Date> to,
                   const std::function<void(const std::vector<ExportValue>&)>& row);

// One record as an identified extract holds it, each column's value as SQLite gives it as
// text (nullopt for null), found by its first column (its reference's number, or a
// coordinator's handle): what an import compares a row with. nullopt when it is not here.
std::optional<std::vector<std::optional<std::string>>> export_row(Db& db, const ExportSpec& spec,
                                                                  const std::string& key);

}  // namespace store
}  // namespace lac
