// The importer of people: the same checks and defaults as the matching
// command, plus keeping a record's own reference and recognising what an earlier import
// brought in.
#include <fmt/format.h>

#include "lac/import/cells.hpp"
#include "lac/domain/people.hpp"
#include "lac/domain/team.hpp"
#include "lac/domain/validate.hpp"
#include "lac/store/people.hpp"
#include "lac/store/rights.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"
#include "lac/util/ref.hpp"

namespace lac::importers {
namespace {

// A person here whose row in the file differs: corrected as lac person edit, close, reopen
// and transfer would correct them, each checked and audited by that command's own code.
void correct_person(Session& s, const ImportRow& row, const std::string& ref, const Differences& d) {
    PersonFields f;
    bool edit = false;
    auto take = [&](const char* column, std::optional<std::string>& field) {
        if (differs_in(d, column)) field = row.text(column), edit = true;
    };
    take("name", f.name);
    take("area", f.area);
    take("source", f.source);
    take("support", f.support);
    take("gifts", f.gifts);
    take("birth_year", f.birth_year);
    if (differs_in(d, "opened_on")) f.opened_on = date_cell(row, "opened_on"), edit = true;
    if (differs_in(d, "next_on")) f.next_on = date_cell(row, "next_on"), edit = true;
    // Reopened before the edit, which may give them a next contact; closed after it.
    bool restatus = differs_in(d, "status") || differs_in(d, "closed_on") || differs_in(d, "close_reason");
    if (restatus && store::person_by_id(s.db, *parse_ref(ref, ref::person))->status == "closed") reopen_person(s, ref);
    if (edit) edit_person(s, ref, f);
    if (restatus && ascii_lower(trim(row.text("status"))) == "closed")
        close_person(s, ref, row.text("close_reason"), date_cell(row, "closed_on"));
    if (differs_in(d, "coordinator")) transfer_person(s, ref, trim(row.text("coordinator")), std::nullopt);
}

}  // namespace

Outcome person(Session& s, const ImportRow& row) {
    Person p = new_person(s);
    p.id = own_reference(s, row, "person", ref::person);
    auto forgotten_on = date_cell(row, "forgotten_on");
    PersonFields f;
    // A forgotten person (lac person forget) moves as their tombstone: no name, no free text.
    if (!forgotten_on) f.name = row.text("name");
    if (row.has("support")) f.support = row.text("support");
    if (row.has("source")) f.source = row.text("source");
    f.area = row.text("area");
    f.gifts = row.text("gifts");
    if (row.has("birth_year")) f.birth_year = row.text("birth_year");
    f.opened_on = date_cell(row, "opened_on");
    f.next_on = date_cell(row, "next_on");
    // A file that corrects some columns of people here checks them against the rest as here.
    std::optional<Person> here = p.id > 0 ? store::person_by_id(s.db, p.id) : std::nullopt;
    if (here && !f.opened_on) f.opened_on = here->opened_on;
    check_person_fields(s, p, f, Naming::column);
    if (forgotten_on) {
        if (row.has("name") || row.has("area") || row.has("gifts") || row.has("birth_year") || row.has("next_on"))
            throw DataError("a forgotten person has no name, area, gifts, birth_year or next_on; leave those empty");
        check_not_future(*forgotten_on, s.today, "forgotten_on");
    }
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
    check_next_on(p, Naming::column);
    std::string handle = row.has("coordinator") ? trim(row.text("coordinator")) : s.db.actor();
    Coordinator c = require_coordinator(s, handle);

    if (p.id > 0) {
        if (here) {
            std::string ref = make_ref(ref::person, p.id);
            // Erasure is never undone by an import, nor done by one without its own command.
            if (here->forgotten_on && !forgotten_on)
                throw DataError(fmt::format("{} was forgotten here on {}; leave them out of the file", ref,
                                            to_iso(*here->forgotten_on)));
            if (forgotten_on && !here->forgotten_on)
                throw DataError(fmt::format("{} is forgotten in the file but not here; forget them here with "
                                            "'lac person forget {}'", ref, ref));
            return settle(s, row, std::to_string(p.id), ref,
                          [&](const Differences& d) { correct_person(s, row, ref, d); });
        }
    } else if (!forgotten_on) {
        for (const auto& same : store::people_named(s.db, fold_name(p.name)))
            if (same.opened_on == p.opened_on) return Outcome::already;
    }
    p.coordinator_id = c.id;
    p.id = store::insert_person(s.db, p);
    if (forgotten_on) store::blank_person(s.db, p.id, *forgotten_on);
    row.memo().new_people.insert(p.id);
    imported(row, p.id);
    return Outcome::added;
}

}  // namespace lac::importers
