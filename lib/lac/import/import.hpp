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

#include "lac/store/records.hpp"
#include "lac/domain/session.hpp"

namespace lac {

const std::vector<std::string>& import_entities();

struct ImportRequest {
    std::string entity;
    std::vector<std::string> maps;  // COL=FIELD: a spreadsheet's own heading, renamed
    bool dry_run = false;
};

struct ImportResult {
    long rows = 0;
    long added = 0;
    long already = 0;                   // found here already: imported before
    std::string one;                    // one record of the entity: "person", for "1 person"
    std::vector<std::string> problems;  // "line 7: …"; when any, nothing was written
};

ImportResult import_csv(Session& s, const ImportRequest& request, std::istream& in);

// What one import has looked up already: people and coordinators, by what the file says.
// Imports of records about people do not change people, so this stays true throughout.
struct ImportMemo {
    std::unordered_map<std::string, Person> people;
    std::unordered_map<std::string, Coordinator> coordinators;
    std::vector<int64_t> added;  // the ids of the records added, for the audit trail
    // Conversations: whether each person had any before this import, and a hash of each
    // conversation this import added for someone who had none. Together they spare most
    // rows the database's duplicate check (see importers::conversation).
    std::unordered_map<int64_t, bool> had_conversations;
    std::unordered_set<std::size_t> conversations_added;
};

// One CSV record, by column name: nullopt when the file has no such column.
class ImportRow {
public:
    ImportRow(const std::map<std::string, std::size_t>& columns, const std::vector<std::string>& fields,
              ImportMemo& memo)
        : columns_(columns), fields_(fields), memo_(memo) {}
    ImportMemo& memo() const { return memo_; }
    std::optional<std::string> get(const std::string& column) const;
    // The cell, or "" when the column is absent or the cell empty.
    std::string text(const std::string& column) const { return get(column).value_or(""); }
    bool has(const std::string& column) const { return !text(column).empty(); }

private:
    const std::map<std::string, std::size_t>& columns_;
    const std::vector<std::string>& fields_;
    ImportMemo& memo_;
};

// The importers of each entity: each checks one row and writes it (inside the import's
// transaction), returning false when the record is already here.
namespace importers {
bool person(Session& s, const ImportRow& row);
bool asset(Session& s, const ImportRow& row);
bool conversation(Session& s, const ImportRow& row);
bool goal(Session& s, const ImportRow& row);
bool connection(Session& s, const ImportRow& row);
}  // namespace importers

}  // namespace lac
