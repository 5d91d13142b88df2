// The importer of people: the same checks and defaults as the matching
// command, plus keeping a record's own reference and recognising what an earlier import
// brought in.
#include <fmt/format.h>

#include "lac/import/cells.hpp"
#include "lac/domain/people.hpp"
#include "lac/domain/team.hpp"
#include "lac/domain/validate.hpp"
#include "lac/store/people.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"
#include "lac/util/ref.hpp"

namespace lac::importers {

bool person(Session& s, const ImportRow& row) {
    Person p = new_person(s);
    p.id = own_reference(row, "person", ref::person);
    PersonFields f;
    f.name = row.text("name");
    if (row.has("support")) f.support = row.text("support");
    if (row.has("source")) f.source = row.text("source");
    f.area = row.text("area");
    f.gifts = row.text("gifts");
    if (row.has("birth_year")) f.birth_year = row.text("birth_year");
    f.opened_on = date_cell(row, "opened_on");
    check_person_fields(s, p, f, Naming::column);
    p.status = row.has("status") ? check_word(row.text("status"), person_statuses, "status") : "active";
    if (p.status == "closed") {
        p.closed_on = date_cell(row, "closed_on");
        if (!p.closed_on || !row.has("close_reason"))
            throw DataError("a closed person needs closed_on and close_reason");
        p.close_reason = check_word(row.text("close_reason"), close_reasons, "close reason");
        check_not_future(*p.closed_on, s.today, "closing date");
        if (*p.closed_on < p.opened_on) throw DataError("closed_on comes before opened_on");
    } else if (row.has("closed_on") || row.has("close_reason")) {
        throw DataError("an active person has no closed_on or close_reason");
    }
    std::string handle = row.has("coordinator") ? trim(row.text("coordinator")) : s.db.actor();
    Coordinator c = require_coordinator(s, handle);

    if (p.id > 0) {
        if (auto here = store::person_by_id(s.db, p.id)) {
            if (fold_name(here->name) == fold_name(p.name)) return false;
            throw DataError(fmt::format("P{} is already here as someone else; leave out the person column to add "
                                        "them anew", p.id));
        }
    } else {
        for (const auto& same : store::people_named(s.db, fold_name(p.name)))
            if (same.opened_on == p.opened_on) return false;
    }
    p.coordinator_id = c.id;
    p.id = store::insert_person(s.db, p);
    imported(row, p.id);
    return true;
}

}  // namespace lac::importers
