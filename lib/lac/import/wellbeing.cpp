// The importer of wellbeing check-ins: the same checks as lac wellbeing, plus keeping a
// record's own reference.
#include <fmt/format.h>

#include "lac/domain/people.hpp"
#include "lac/domain/wellbeing.hpp"
#include "lac/import/cells.hpp"
#include "lac/store/wellbeing.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"

namespace lac::importers {

Outcome wellbeing(Session& s, const ImportRow& row) {
    int64_t id = own_reference(s, row, "wellbeing", ref::wellbeing);
    const Person& p = person_in(s, row, row.text("person"));
    WellbeingFields f{make_ref(ref::person, p.id), row.get("life"), row.get("worthwhile"), row.get("happy"),
                      row.get("anxious"), row.get("lonely"), date_cell(row, "date"), row.text("note")};
    Wellbeing w = check_wellbeing_fields(s, f);
    w.person_id = p.id;
    check_event_date(p, w.on, s.today, "check-in's date");
    if (id > 0 && is_here(s, row, id)) {
        std::string ref = make_ref(ref::wellbeing, id);
        return settle(s, row, std::to_string(id), ref, [&](const Differences& d) {
            if (differs_in(d, "person"))
                throw DataError(fmt::format("{} is here for another person; leave this row out", ref));
            WellbeingEdit e{ref};
            for (auto [column, field] : {std::pair{"life", &e.life}, {"worthwhile", &e.worthwhile},
                                         {"happy", &e.happy}, {"anxious", &e.anxious}, {"lonely", &e.lonely},
                                         {"note", &e.note}})
                if (differs_in(d, column)) *field = row.text(column);
            if (differs_in(d, "date")) e.on = w.on;
            edit_wellbeing(s, e);
        });
    }
    if (id == 0 && store::wellbeing_exists(s.db, w)) return Outcome::already;
    may_add_for(row, p);
    w.id = id;
    imported(row, store::insert_wellbeing(s.db, w));
    return Outcome::added;
}

}  // namespace lac::importers
