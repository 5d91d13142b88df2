#pragma once
// What the rights of the people recorded ask of the store: a subject access export reads
// everything about one person; erasure (lac person forget) overwrites their name and free
// text, and their name where others' free text holds it, keeping what happened.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "lac/store/audit.hpp"
#include "lac/util/date.hpp"

namespace lac {
class Db;

namespace store {

// How many records of each kind are the person's own (not others' where they are the peer).
struct RecordCounts {
    long long assignments = 0, conversations = 0, goals = 0, goal_notes = 0, connections = 0, contributions = 0,
              avoided = 0, audit = 0;
};
RecordCounts record_counts(Db& db, int64_t person_id);

// The references of the person's own records: P12, then each C, G, K, T and X of theirs,
// then those of records of theirs since deleted, as the audit trail names them.
std::vector<std::string> refs_of(Db& db, int64_t person_id);
// The audit entries whose reference is one of `refs`, oldest first.
std::vector<AuditEntry> audit_for_refs(Db& db, const std::vector<std::string>& refs);

// Overwrites the person's name (and its folded key, which an index holds), area, gifts,
// year of birth and every free text of their own records with nothing, and records the day
// they were forgotten. Dates, minutes, hours, quantities, costs, statuses, coordinators and
// assignments stay, so that every past count is the same.
void blank_person(Db& db, int64_t person_id, Date on);
// Empties the detail of every audit entry about one of `refs`: it may hold old values.
void blank_audit_details(Db& db, const std::vector<std::string>& refs);

// One free text that may name someone: a conversation's note, a goal, a progress note, a
// natural connection, a contribution, an avoided crisis's evidence, a person's gifts, an
// asset's notes, or an audit entry's detail.
struct FreeText {
    int column = 0;      // which of the columns above (free_text_kind names it)
    int64_t row = 0;     // its row
    int64_t owner = 0;   // whose record it is (a person's id), 0 for an asset or an audit entry
    std::string ref;     // the record's reference: a goal's for its progress notes
    std::string text;
};
const char* free_text_kind(int column);
bool is_audit_detail(int column);
// Calls `each` with every free text that is not empty, in the order of the columns above.
void each_free_text(Db& db, const std::function<void(const FreeText&)>& each);
void set_free_text(Db& db, const FreeText& where, const std::string& text);

// Closed before `cutoff` and not yet forgotten.
std::vector<int64_t> closed_unforgotten_before(Db& db, Date cutoff);
// Everyone with a name, as (id, name).
std::vector<std::pair<int64_t, std::string>> named_people(Db& db);
// The people connected with this one as peers, either way.
std::vector<int64_t> peers_of(Db& db, int64_t person_id);

// Copies every page in the write-ahead log into the database and truncates the log to
// nothing, so that text overwritten there lingers in no earlier frame. Outside any
// transaction. False when another connection's read, or a full disk, kept it from finishing.
bool checkpoint_wal(Db& db);

}  // namespace store
}  // namespace lac
