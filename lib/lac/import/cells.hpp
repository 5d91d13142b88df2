#pragma once
// What every importer reads from a row (lib-internal).
#include <functional>
#include <optional>
#include <string>

#include "lac/import/import.hpp"
#include "lac/store/records.hpp"

namespace lac::importers {

std::optional<Date> date_cell(const ImportRow& row, const std::string& column);
// A record's own reference: 0 when the column is absent or empty. On a PostgreSQL server a
// login that row-level security binds keeps only the references it can see (PermissionError,
// 77, for any other): another team's record is hidden from it, and the server refusing a new
// record under a taken reference would tell that record is there.
int64_t own_reference(Session& s, const ImportRow& row, const char* column, char letter);
// A person named in a row: a reference or a name, never a pseudonym.
const Person& person_in(Session& s, const ImportRow& row, const std::string& text);
// Refuses a new record about a forgotten person, unless this import brought their
// tombstone (a whole record moving): "P12 was forgotten on DATE".
void may_add_for(const ImportRow& row, const Person& p);
// Notes a record the row added, for the audit trail written when the import commits.
void imported(const ImportRow& row, int64_t id);
// Writes the records held to be written together (ImportMemo::held), noting them as imported.
void write_held(Session& s, ImportMemo& memo);
// A 1 or 0 cell (also true or false); `fallback` when empty.
bool flag_cell(const ImportRow& row, const std::string& column, bool fallback);

// One field in which a row differs from the record here.
struct FieldDifference {
    std::string column, file, here;
};
using Differences = std::vector<FieldDifference>;

// A row whose record is here (found by `key`: its reference's number, or a handle), after
// the row's own checks: compared, field by field, with the record as an identified extract
// shows it (only the columns the file has; derived ones aside). The same: already. Other
// values with --update: `apply` corrects them (through the commands' own corrections, which
// check and audit them): updated. Otherwise throws Differs, naming `ref` and each field.
Outcome settle(Session& s, const ImportRow& row, const std::string& key, const std::string& ref,
               const std::function<void(const Differences&)>& apply);
// Whether the row's entity has a record with the id `id` here. Asks the database only for
// an id it may hold (ImportMemo::highest_here): rows a query could see must be written first.
bool is_here(Session& s, const ImportRow& row, int64_t id);
// Whether `column` is among the differences.
const FieldDifference* differs_in(const Differences& differences, const std::string& column);

}  // namespace lac::importers
