#pragma once
// Correcting a record entered by mistake: what an edit changed, told in its message and
// kept in the audit trail with the old values, and the one rule for deleting.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lac/domain/session.hpp"
#include "lac/store/audit.hpp"
#include "lac/util/ref.hpp"

namespace lac {

// A record's fields as a JSON object, as the audit trail keeps them.
using Values = nlohmann::ordered_json;

class Changes {
public:
    // Compares two records' values key by key, keeping the old value of each that differs.
    Changes(const Values& before, const Values& after);
    // The names of the fields changed, in the order of `after`.
    const std::vector<std::string>& fields() const { return fields_; }
    // The audit detail: a JSON object of each changed field's old value.
    std::string detail() const { return old_.dump(); }
    // An edit that would change nothing is refused: it is most likely a slip, and an audit
    // row for it would only be noise.
    void require_some(const std::string& ref) const;

private:
    std::vector<std::string> fields_;
    Values old_ = Values::object();
};

// What an edit returns: the record as it now is, and the fields it changed.
template <class Record>
struct Corrected {
    Record record;
    std::vector<std::string> fields;
};

// An edit given no field at all: a usage error naming the options it takes.
[[noreturn]] void nothing_given(const std::string& options);

// A delete cannot be undone, so it needs --confirm; the error says so.
void require_confirmed(bool confirmed, const std::string& ref);

// The end of every edit, inside its transaction: refuses one that changes nothing, writes
// `now` with update(db, now), and audits the old values of what changed under its reference.
template <class Record, class Update>
Corrected<Record> apply_edit(Session& s, const std::string& entity, char letter, const Values& before, Record now,
                             const Values& after, Update update) {
    std::string ref = make_ref(letter, now.id);
    Changes changes(before, after);
    changes.require_some(ref);
    update(s.db, now);
    store::audit(s.db, "edit", entity, ref, changes.detail());
    return {std::move(now), changes.fields()};
}

// Deletes, in one transaction, the record find() finds, once --confirm is given:
// remove(db, id), audited with every old value (values(record)).
template <class Find, class Remove, class Describe>
auto delete_confirmed(Session& s, const std::string& entity, char letter, bool confirmed, Find find, Remove remove,
                      Describe values) {
    decltype(find()) record;
    s.db.write([&] {
        record = find();
        std::string ref = make_ref(letter, record.id);
        require_confirmed(confirmed, ref);
        remove(s.db, record.id);
        store::audit(s.db, "delete", entity, ref, values(record).dump());
    });
    return record;
}

// The record find() finds, read in one transaction.
template <class Find>
auto read_one(Session& s, Find find) {
    decltype(find()) record;
    s.db.read([&] { record = find(); });
    return record;
}

}  // namespace lac
