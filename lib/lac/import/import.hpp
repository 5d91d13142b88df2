#pragma once
// Loading records from CSV (lac-import(1)): every row is checked, every bad row reported with its
// line number, and with any bad row nothing is written.
#include <istream>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <vector>

#include "lac/store/bulk_rows_postgres.hpp"
#include "lac/util/id_set.hpp"
#include "lac/store/records.hpp"
#include "lac/domain/session.hpp"
#include "lac/util/progress.hpp"

namespace lac {

const std::vector<std::string>& import_entities();

struct ImportRequest {
    std::string entity;
    std::vector<std::string> maps;  // COL=FIELD: a spreadsheet's own heading, renamed
    bool dry_run = false;
    bool update = false;  // apply the differences from records here as audited corrections
    char delimiter = ',';  // or ';', '\t', '|': see CsvReader
};

struct ImportResult {
    long rows = 0;
    long added = 0;
    long already = 0;                      // found here already, the same: imported before
    long updated = 0;                      // found here with other values, corrected (--update)
    std::string one;                       // one record of the entity: "person", for "1 person"
    std::vector<std::string> problems;     // "line 7: …"; when any, nothing was written
    std::vector<std::string> differences;  // "line 7: P12 status is …"; without --update, nothing was written
};

// Says as it goes how many rows it has read.
ImportResult import_csv(Session& s, const ImportRequest& request, std::istream& in, const Progress& progress = {});

// lac import all DIR: the files `lac export all` writes, ENTITY.csv each, read in the order
// their records depend on each other, in one transaction.
struct ImportAllResult {
    std::vector<std::pair<std::string, ImportResult>> files;  // by entity, in the order read
    bool bad() const;  // any bad row or (without --update) difference: then nothing was written
};
// The files import all reads, in the order it reads them.
const std::vector<std::string>& import_all_entities();
ImportAllResult import_all(Session& s, const std::string& dir, const ImportRequest& request,
                           const Progress& progress = {});

// What one import has looked up already: people and coordinators, by what the file says.
// Imports of records about people do not change people, so this stays true throughout one
// file (import all forgets them between files).
struct ImportMemo {
    bool update = false;  // --update
    std::optional<bool> administrator;  // on a server: whether the login is lac's administrator
    std::unordered_map<std::string, Person> people;
    std::unordered_map<std::string, Coordinator> coordinators;
    std::vector<int64_t> added;  // the ids of the records added, for the audit trail
    // The highest id among the file's records here when is_here was first asked, and the ids
    // the file has added (and written) since: any other id above it is not here, and the
    // database need not be asked, a round trip each on a server.
    std::optional<int64_t> highest_here;
    IdSet added_ids;
    // The people, goals and connections this import added: their history (assignments,
    // notes, status changes) is the file's, replacing what was written with them.
    std::unordered_set<int64_t> new_people, new_goals, new_connections;
    // Owners whose history this import has begun to replay, and how many rows of each
    // (owner, date) it has met: the n-th row of a day matches the n-th here.
    std::unordered_set<std::string> replaying;
    std::unordered_map<std::string, int> seen_on_day;
    // Conversations: whether each person had any before this import, and a hash of each
    // conversation this import added for someone who had none. Together they spare most
    // rows the database's duplicate check (see importers::conversation).
    std::unordered_map<int64_t, bool> had_conversations;
    std::unordered_set<std::size_t> conversations_added;
    // On a server, the records this file adds, held until the file is read or a query could
    // see them, then written together (importers::write_held): an INSERT a row takes a round
    // trip each, and more (store/bulk_rows_postgres.hpp).
    std::optional<store::BulkRows> held;
};

// One CSV record, by column name: nullopt when the file has no such column.
class ImportRow {
public:
    ImportRow(const std::string& entity, const std::map<std::string, std::size_t>& columns,
              const std::vector<std::string>& fields, ImportMemo& memo)
        : entity_(entity), columns_(columns), fields_(fields), memo_(memo) {}
    ImportMemo& memo() const { return memo_; }
    const std::string& entity() const { return entity_; }
    std::optional<std::string> get(const std::string& column) const;
    // The cell, or "" when the column is absent or the cell empty.
    std::string text(const std::string& column) const { return get(column).value_or(""); }
    bool has(const std::string& column) const { return !text(column).empty(); }

private:
    const std::string& entity_;
    const std::map<std::string, std::size_t>& columns_;
    const std::vector<std::string>& fields_;
    ImportMemo& memo_;
};

// What became of one row.
enum class Outcome { added, already, updated };

// A row whose record is here with other values, and no --update: reported beside the bad
// rows, and then nothing is written.
struct Differs {
    std::string what;  // "P12 status is 'closed' in the file, 'active' here"
};

// The importers of each entity: each checks one row and writes it (inside the import's
// transaction). A record already here is compared field by field (see import/differences).
namespace importers {
Outcome person(Session& s, const ImportRow& row);
Outcome asset(Session& s, const ImportRow& row);
Outcome coordinator(Session& s, const ImportRow& row);
Outcome conversation(Session& s, const ImportRow& row);
Outcome goal(Session& s, const ImportRow& row);
Outcome connection(Session& s, const ImportRow& row);
Outcome contribution(Session& s, const ImportRow& row);
Outcome avoided(Session& s, const ImportRow& row);
Outcome wellbeing(Session& s, const ImportRow& row);
Outcome assignment(Session& s, const ImportRow& row);
Outcome goal_note(Session& s, const ImportRow& row);
Outcome connection_change(Session& s, const ImportRow& row);
}  // namespace importers

}  // namespace lac
