#include "lac/import/import.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "lac/util/csv_reader.hpp"
#include "lac/util/errors.hpp"
#include "lac/report/extract.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/db.hpp"
#include "lac/util/table.hpp"
#include "lac/util/text.hpp"
#include "lac/util/ref.hpp"

namespace lac {
namespace {

struct Entity {
    const char* name;
    const char* one;  // one record, as the audit trail names it
    char letter;      // its references' letter
    const char* exported_as;  // the extract whose --identify columns it takes
    std::vector<std::string> required;
    std::vector<std::string> ignored;  // derived columns an export carries
    bool (*import)(Session&, const ImportRow&);
};

const std::vector<Entity>& entities() {
    static const std::vector<Entity> all = {
        {"people", "person", ref::person, "people", {"name"}, {"team"}, importers::person},
        {"assets", "asset", ref::asset, "assets", {"name", "kind"}, {}, importers::asset},
        {"conversations", "conversation", ref::conversation, "conversations", {"person"}, {}, importers::conversation},
        {"goals", "goal", ref::goal, "goals", {"person", "text"}, {}, importers::goal},
        {"connections", "connection", ref::connection, "connections", {"person"}, {}, importers::connection},
    };
    return all;
}

const Entity& entity_named(const std::string& name) {
    for (const auto& e : entities())
        if (name == e.name) return e;
    throw UsageError(fmt::format("'{}' is not something lac imports; use one of: {}{}", name,
                                 join(import_entities(), ", "), did_you_mean(name, import_entities())));
}

// The file's headings, renamed by --map, each checked against the entity's columns.
std::map<std::string, std::size_t> read_header(const Entity& e, const std::vector<std::string>& headings,
                                               const std::vector<std::string>& maps) {
    std::map<std::string, std::string> renamed;
    auto known = extract_columns(e.exported_as, true);
    for (const auto& m : maps) {
        auto eq = m.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == m.size())
            throw UsageError(fmt::format("--map '{}' is not COL=FIELD, such as --map 'Full name=name'", m));
        std::string field = m.substr(eq + 1);
        if (std::find(known.begin(), known.end(), field) == known.end())
            throw UsageError(fmt::format("--map names '{}', which is not a {} column; use one of: {}", field, e.name,
                                         join(known, ", ")));
        renamed[m.substr(0, eq)] = field;
    }
    std::map<std::string, std::size_t> columns;
    for (std::size_t i = 0; i < headings.size(); ++i) {
        std::string heading = trim(headings[i]);
        std::string column = renamed.count(heading) ? renamed[heading] : ascii_lower(heading);
        if (std::find(e.ignored.begin(), e.ignored.end(), column) != e.ignored.end()) continue;
        if (std::find(known.begin(), known.end(), column) == known.end()) {
            throw DataError(fmt::format("line 1: '{}' is not a {} column{}; rename it with --map '{}=FIELD' "
                                        "(columns: {})", heading, e.name, did_you_mean(column, known), heading,
                                        join(known, ", ")));
        }
        if (!columns.emplace(column, i).second)
            throw DataError(fmt::format("line 1: the column '{}' comes twice", column));
    }
    for (const auto& r : e.required)
        if (!columns.count(r)) throw DataError(fmt::format("line 1: there is no '{}' column, which {} need", r, e.name));
    return columns;
}

struct RollBack {};  // leaves the import's transaction without writing

}  // namespace

std::optional<std::string> ImportRow::get(const std::string& column) const {
    auto found = columns_.find(column);
    if (found == columns_.end()) return std::nullopt;
    return fields_[found->second];
}

const std::vector<std::string>& import_entities() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& e : entities()) out.emplace_back(e.name);
        return out;
    }();
    return names;
}

ImportResult import_csv(Session& s, const ImportRequest& r, std::istream& in) {
    const Entity& e = entity_named(r.entity);
    CsvReader reader(in);
    std::vector<std::string> fields;
    if (!reader.next(fields)) throw DataError("line 1: the file is empty; it needs a header row naming its columns");
    auto columns = read_header(e, fields, r.maps);
    const std::size_t width = fields.size();
    ImportResult result;
    result.one = e.one;
    ImportMemo memo;
    s.db.expect_bulk_writes();
    try {
        s.db.write([&] {
            while (reader.next(fields)) {
                if (fields.size() == 1 && trim(fields[0]).empty()) continue;  // a blank line
                ++result.rows;
                try {
                    if (fields.size() != width)
                        throw DataError(fmt::format("{}, but the header names {}",
                                                    counted(fields.size(), "field", "fields"), width));
                    for (auto& field : fields)  // the ' an extract put before a formula-like cell
                        if (!field.empty() && field[0] == '\'') field = unguard_formula(field);
                    (e.import(s, ImportRow(columns, fields, memo)) ? result.added : result.already) += 1;
                } catch (const DataError& error) {
                    result.problems.push_back(fmt::format("line {}: {}", reader.line(), error.what()));
                }
            }
            // Nothing is written unless every row was good (and this is not a dry run).
            if (!result.problems.empty() || r.dry_run) throw RollBack{};
            store::audit_each(s.db, "import", e.one, e.letter, memo.added);
        });
    } catch (const RollBack&) {
    }
    return result;
}

}  // namespace lac
