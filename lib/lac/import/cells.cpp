// What every importer reads from a row: dates, its own reference, the person it names.
#include <fmt/format.h>

#include "lac/import/cells.hpp"
#include "lac/domain/people.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace lac::importers {

std::optional<Date> date_cell(const ImportRow& row, const std::string& column) {
    if (!row.has(column)) return std::nullopt;
    return parse_iso_date(trim(row.text(column)));
}

int64_t own_reference(const ImportRow& row, const char* column, char letter) {
    return row.has(column) ? require_ref(trim(row.text(column)), letter, column) : 0;
}


// A reference into the memo, which keeps it while the import runs.
const Person& person_in(Session& s, const ImportRow& row, const std::string& text) {
    std::string t = trim(text);
    auto& people = row.memo().people;
    if (auto found = people.find(t); found != people.end()) return found->second;
    if (t.size() == 20 && t.find_first_not_of("0123456789abcdef") == std::string::npos)
        throw DataError(fmt::format("'{}' is a pseudonym; import needs an extract made with --identify", t));
    return people.emplace(t, find_person(s, t)).first->second;
}

void imported(const ImportRow& row, int64_t id) { row.memo().added.push_back(id); }

}  // namespace lac::importers
