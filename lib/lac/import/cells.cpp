// What every importer reads from a row: dates, its own reference, the person it names.
#include <fmt/format.h>

#include "lac/import/cells.hpp"
#include "lac/domain/people.hpp"
#include "lac/store/server_roles.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace lac::importers {

std::optional<Date> date_cell(const ImportRow& row, const std::string& column) {
    if (!row.has(column)) return std::nullopt;
    return parse_iso_date(trim(row.text(column)));
}

int64_t own_reference(Session& s, const ImportRow& row, const char* column, char letter) {
    int64_t id = row.has(column) ? require_ref(trim(row.text(column)), letter, column) : 0;
    if (id <= 0 || !s.db.on_server()) return id;
    auto& administrator = row.memo().administrator;
    if (!administrator) administrator = store::server_login(s.db).administrator;
    if (!*administrator && !is_here(s, row, id))
        throw PermissionError(fmt::format("on a PostgreSQL server only lac's administrator imports a new record under "
                                          "its own reference ({}); leave the {} column out to add it with a new one, "
                                          "or ask them (see lac-server(7))",
                                          make_ref(letter, id), column));
    return id;
}


// A reference into the memo, which keeps it while the import runs.
const Person& person_in(Session& s, const ImportRow& row, const std::string& text) {
    std::string t = trim(text);
    auto& people = row.memo().people;
    if (auto found = people.find(t); found != people.end()) return found->second;
    if (t.size() == 20 && t.find_first_not_of("0123456789abcdef") == std::string::npos)
        throw DataError(fmt::format("'{}' is a pseudonym; import needs an extract made with --identify", t));
    // A forgotten person's records move with their tombstone, named by reference: compared
    // with those here, or added when this import brought the tombstone (see may_add_for).
    if (parse_ref(t, ref::person)) return people.emplace(t, find_person_or_tombstone(s, t)).first->second;
    return people.emplace(t, find_person(s, t)).first->second;
}

void may_add_for(const ImportRow& row, const Person& p) {
    if (p.forgotten_on && !row.memo().new_people.count(p.id)) check_not_forgotten(p);
}

namespace {
void note_added(ImportMemo& memo, int64_t id) {
    memo.added.push_back(id);
    memo.added_ids.insert(id);
}
}  // namespace

void imported(const ImportRow& row, int64_t id) { note_added(row.memo(), id); }

void write_held(Session& s, ImportMemo& memo) {
    if (!memo.held) return;
    try {
        for (int64_t id : memo.held->flush(s.db)) note_added(memo, id);
    } catch (const DataError& refused) {
        // Not the fault of the row being read, and the server's transaction has failed: the
        // import ends here (65), rather than go on to the next row.
        throw Error(ExitCode::data, fmt::format("the rows read so far could not be written: {}", refused.what()));
    }
}

bool flag_cell(const ImportRow& row, const std::string& column, bool fallback) {
    std::string word = ascii_lower(trim(row.text(column)));
    if (word.empty()) return fallback;
    if (word == "1" || word == "true") return true;
    if (word == "0" || word == "false") return false;
    throw DataError(fmt::format("{} must be 1 or 0, not '{}'", column, row.text(column)));
}

}  // namespace lac::importers
