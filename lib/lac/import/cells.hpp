#pragma once
// What every importer reads from a row (lib-internal).
#include <optional>
#include <string>

#include "lac/import/import.hpp"
#include "lac/store/records.hpp"

namespace lac::importers {

std::optional<Date> date_cell(const ImportRow& row, const std::string& column);
// A record's own reference: 0 when the column is absent or empty.
int64_t own_reference(const ImportRow& row, const char* column, char letter);
// A person named in a row: a reference or a name, never a pseudonym.
const Person& person_in(Session& s, const ImportRow& row, const std::string& text);
// Notes a record the row added, for the audit trail written when the import commits.
void imported(const ImportRow& row, int64_t id);

}  // namespace lac::importers
