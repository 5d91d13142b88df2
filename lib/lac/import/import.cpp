#include "lac/import/import.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "lac/domain/copy.hpp"
#include "lac/import/cells.hpp"
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
    char letter;      // its references' letter; 0 when its importer audits each row itself
    std::vector<std::string> required;
    std::vector<std::string> ignored;  // derived columns an export carries
    Outcome (*import)(Session&, const ImportRow&);
};

// In the order import all reads them: each after those its records name.
const std::vector<Entity>& entities() {
    static const std::vector<Entity> all = {
        {"coordinators", "coordinator", 0, {"coordinator", "name"}, {}, importers::coordinator},
        {"assets", "asset", ref::asset, {"name", "kind"}, {}, importers::asset},
        {"people", "person", ref::person, {"name"}, {"team"}, importers::person},
        {"assignments", "assignment", 0, {"person", "coordinator", "from_on"}, {"to_on"}, importers::assignment},
        {"conversations", "conversation", ref::conversation, {"person"}, {}, importers::conversation},
        {"goals", "goal", ref::goal, {"person", "text"}, {}, importers::goal},
        {"goal_notes", "goal note", 0, {"goal", "date"}, {}, importers::goal_note},
        {"connections", "connection", ref::connection, {"person"}, {}, importers::connection},
        {"connection_changes", "connection change", 0, {"connection", "date", "status"}, {},
         importers::connection_change},
        {"contributions", "contribution", ref::contribution, {"person", "hours"}, {}, importers::contribution},
        {"avoided", "avoided crisis", ref::avoided, {"person", "type"}, {"value"}, importers::avoided},
        {"wellbeing", "wellbeing check-in", ref::wellbeing, {"person"}, {}, importers::wellbeing},
    };
    return all;
}

const Entity& entity_named(const std::string& name) {
    for (const auto& e : entities())
        if (name == e.name) return e;
    throw UsageError(fmt::format("'{}' is not something lac imports; use one of: {}{}", name,
                                 join(import_entities(), ", "), did_you_mean(name, import_entities())));
}

// The file's headings, renamed by --map, each checked against the entity's columns. A heading
// is matched by its key: without the spaces around it, in lower case.
std::map<std::string, std::size_t> read_header(const Entity& e, const std::vector<std::string>& headings,
                                               const ImportRequest& request) {
    if (char other = other_delimiter(headings, request.delimiter))
        throw DataError(fmt::format("line 1: the header has no {} but has {}, so the file looks separated by {}; "
                                    "import it with --delimiter {}", delimiter_plural(request.delimiter),
                                    delimiter_plural(other), delimiter_plural(other), delimiter_argument(other)));
    auto key = [](const std::string& heading) { return ascii_lower(trim(heading)); };
    std::vector<std::string> names, keys, shown;
    for (const auto& h : headings) {
        names.push_back(trim(h));
        keys.push_back(key(h));
        shown.push_back("'" + one_line(names.back(), 60) + "'");
    }
    std::map<std::string, std::string> renamed;
    auto known = extract_columns(e.name, true);
    for (const auto& m : request.maps) {
        auto eq = m.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == m.size())
            throw UsageError(fmt::format("--map '{}' is not COL=FIELD, such as --map 'Full name=name'", m));
        std::string field = m.substr(eq + 1);
        if (std::find(known.begin(), known.end(), field) == known.end())
            throw UsageError(fmt::format("--map names '{}', which is not a {} column; use one of: {}", field, e.name,
                                         join(known, ", ")));
        std::string heading = m.substr(0, eq);
        if (std::find(keys.begin(), keys.end(), key(heading)) == keys.end())
            throw DataError(fmt::format("line 1: --map '{}' names the heading '{}', which the file does not have{}; "
                                        "its headings are {}", m, trim(heading), did_you_mean(heading, names),
                                        join(shown, ", ")));
        renamed[key(heading)] = field;
    }
    std::map<std::string, std::size_t> columns;
    for (std::size_t i = 0; i < headings.size(); ++i) {
        const std::string& heading = names[i];
        std::string column = renamed.count(keys[i]) ? renamed[keys[i]] : keys[i];
        if (std::find(e.ignored.begin(), e.ignored.end(), column) != e.ignored.end()) continue;
        if (std::find(known.begin(), known.end(), column) == known.end()) {
            std::string near = closest(heading, known);
            std::string mend = near.empty() ? "rename it with" : "did you mean '" + near + "'? If so, add";
            throw DataError(fmt::format("line 1: '{}' is not a {} column; {} --map '{}={}' (columns: {})", heading,
                                        e.name, mend, heading, near.empty() ? "FIELD" : near, join(known, ", ")));
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

namespace {

// Reads one file into `result`, inside the caller's transaction; writes whatever its rows
// add, which the caller keeps only if every row of every file was good.
void import_file(Session& s, const Entity& e, const ImportRequest& r, std::istream& in, ImportMemo& memo,
                 ImportResult& result, const Progress& progress, const std::string& stage) {
    CsvReader reader(in, r.delimiter);
    std::vector<std::string> fields;
    if (!reader.next(fields)) throw DataError("line 1: the file is empty; it needs a header row naming its columns");
    auto columns = read_header(e, fields, r);
    const std::size_t width = fields.size();
    const std::string entity = e.name;
    result.one = e.one;
    memo.update = r.update;
    memo.added.clear();
    memo.added_ids.clear();
    memo.highest_here.reset();
    memo.people.clear();  // an earlier file may have moved them (assignments)
    memo.held.reset();
    progress(stage, 0, 0, "rows");
    while (reader.next(fields)) {
        if (fields.size() == 1 && trim(fields[0]).empty()) continue;  // a blank line
        progress(stage, ++result.rows, 0, "rows");
        try {
            if (fields.size() != width)
                throw DataError(fmt::format("{}, but the header names {}",
                                            counted(fields.size(), "field", "fields"), width));
            for (auto& field : fields)  // the ' an extract put before a formula-like cell
                if (!field.empty() && field[0] == '\'') field = unguard_formula(field);
            switch (e.import(s, ImportRow(entity, columns, fields, memo))) {
                case Outcome::added: ++result.added; break;
                case Outcome::already: ++result.already; break;
                case Outcome::updated: ++result.updated; break;
            }
        } catch (const DataError& error) {
            result.problems.push_back(fmt::format("line {}: {}", reader.line(), error.what()));
        } catch (const PermissionError& refused) {
            // Not the row's to mend but the login's: the import stops here, naming the line.
            throw PermissionError(fmt::format("line {}: {}", reader.line(), refused.what()));
        } catch (const Differs& differs) {
            result.differences.push_back(fmt::format("line {}: {}", reader.line(), differs.what));
        }
    }
    importers::write_held(s, memo);
    if (e.letter) store::audit_each(s.db, "import", e.one, e.letter, memo.added);
}

bool bad(const ImportResult& result) { return !result.problems.empty() || !result.differences.empty(); }

// Runs `work`, the whole import, in one transaction: on a server whose lac tables hold
// nothing yet and that the login owns, in a scratch file copied in once it is done (a
// programme's first load: fill_in_scratch), as fast as into a file; otherwise in the database
// itself. `work` throws RollBack to leave without writing.
void in_one_transaction(Session& s, const Progress& progress, const std::function<void(Session&)>& work) {
    s.db.expect_bulk_writes();
    try {
        s.db.write([&] {
            s.db.cannot_repeat();  // it reads its input once, and adds to what it reports
            // The scratch file, new, takes the rows under a rollback journal, not WAL, which
            // would write each page twice (Db::bulk_fill); the import reads by every index.
            if (may_fill_in_scratch(s))
                fill_in_scratch(s, "import", [&](Session& local) { local.db.bulk_fill({}, [&] { work(local); }); },
                                progress);
            else
                work(s);
        });
    } catch (const RollBack&) {
    }
}

}  // namespace

ImportResult import_csv(Session& s, const ImportRequest& r, std::istream& in, const Progress& progress) {
    const Entity& e = entity_named(r.entity);
    ImportResult result;
    ImportMemo memo;
    in_one_transaction(s, progress, [&](Session& into) {
        import_file(into, e, r, in, memo, result, progress, e.name);
        // Nothing is written unless every row was good (and this is not a dry run).
        if (bad(result) || r.dry_run) throw RollBack{};
    });
    return result;
}

const std::vector<std::string>& import_all_entities() { return import_entities(); }

bool ImportAllResult::bad() const {
    for (const auto& [entity, result] : files)
        if (lac::bad(result)) return true;
    return false;
}

ImportAllResult import_all(Session& s, const std::string& dir, const ImportRequest& r, const Progress& progress) {
    namespace fs = std::filesystem;
    if (!fs::is_directory(dir))
        throw NoInputError(fmt::format("{} is not a directory; give the one 'lac export all' wrote", dir));
    std::vector<std::string> missing;
    for (const auto& e : entities())
        if (!fs::is_regular_file(fs::path(dir) / (std::string(e.name) + ".csv")))
            missing.push_back(std::string(e.name) + ".csv");
    if (!missing.empty())
        throw NoInputError(fmt::format("{} lacks {}; give the directory 'lac export all' wrote", dir,
                                       join(missing, ", ")));
    ImportAllResult out;
    ImportMemo memo;  // shared, so that history finds the people, goals and connections just added
    in_one_transaction(s, progress, [&](Session& into) {
        for (const auto& e : entities()) {
            fs::path file = fs::path(dir) / (std::string(e.name) + ".csv");
            std::ifstream in(file, std::ios::binary);
            if (!in) throw NoInputError(fmt::format("cannot open {}: not readable", file.string()));
            auto& [entity, result] = out.files.emplace_back(e.name, ImportResult{});
            try {
                import_file(into, e, r, in, memo, result, progress,
                            fmt::format("{} ({} of {})", file.filename().string(), out.files.size(),
                                        entities().size()));
            } catch (const DataError& error) {
                throw DataError(file.string() + " " + error.what());  // which file the heading is in
            } catch (const PermissionError& refused) {
                throw PermissionError(file.string() + " " + refused.what());
            }
        }
        if (out.bad() || r.dry_run) throw RollBack{};
    });
    return out;
}

}  // namespace lac
