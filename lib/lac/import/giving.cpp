// The importers of contributions and avoided crises: the same checks and defaults as lac
// contribute and lac avoid, plus keeping a record's own reference. An avoided crisis keeps
// the unit cost, unit, budget holder and source it was recorded with, when the file has
// them: never re-read from today's config.
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "lac/import/cells.hpp"
#include "lac/domain/assets.hpp"
#include "lac/domain/giving.hpp"
#include "lac/domain/people.hpp"
#include "lac/domain/validate.hpp"
#include "lac/store/giving.hpp"
#include "lac/store/imports.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace lac::importers {
namespace {

double unit_cost_cell(const ImportRow& row) {
    std::string text = trim(row.text("unit_cost"));
    char* end = nullptr;
    double cost = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(cost) || cost < 0 || cost > 1e9)
        throw DataError(fmt::format("unit_cost must be a number from 0 to 1000000000, not '{}'", text));
    return cost;
}

// The crisis type a row was recorded as: the config's, with whatever the file recorded
// beside it in place of the config's figures.
CrisisType recorded_type(const Session& s, const ImportRow& row) {
    std::string name = ascii_lower(trim(row.text("type")));
    const CrisisType* known = s.config.find_crisis(name);
    bool figures = row.has("unit_cost") && row.has("unit") && row.has("budget");
    if (!known && !figures) find_crisis_type(s, name);  // throws, listing the types
    CrisisType type = known ? *known : CrisisType{check_text(name, "type", 100), name, "", 0, 1, "", ""};
    if (row.has("unit_cost")) type.unit_cost = unit_cost_cell(row);
    for (auto [column, field] : {std::pair{"unit", &type.unit}, {"budget", &type.budget}, {"source", &type.source},
                                 {"label", &type.label}})
        if (row.has(column)) *field = check_text(row.text(column), column, 200);
    return type;
}

}  // namespace

Outcome contribution(Session& s, const ImportRow& row) {
    int64_t id = own_reference(s, row, "contribution", ref::contribution);
    const Person& p = person_in(s, row, row.text("person"));
    // A forgotten person's contributions keep no words (lac person forget).
    bool blank = p.forgotten_on && !row.has("what");
    ContributionFields f{make_ref(ref::person, p.id), trim(row.text("hours")), blank ? "-" : row.text("what"),
                         trim(row.text("asset")), date_cell(row, "date")};
    Contribution t = check_contribution_fields(s, f);
    if (blank) t.what.clear();
    t.person_id = p.id;
    check_event_date(p, t.on, s.today, "contribution's date");
    if (!f.asset.empty()) t.asset_id = find_asset(s, f.asset).id;
    if (id > 0 && is_here(s, row, id)) {
        std::string ref = make_ref(ref::contribution, id);
        return settle(s, row, std::to_string(id), ref, [&](const Differences& d) {
            if (differs_in(d, "person"))
                throw DataError(fmt::format("{} is here for another person; leave this row out", ref));
            ContributionEdit e{ref};
            if (differs_in(d, "hours")) e.hours = f.hours;
            if (differs_in(d, "what")) e.what = f.what;
            if (differs_in(d, "asset")) e.asset = f.asset;
            if (differs_in(d, "date")) e.on = t.on;
            edit_contribution(s, e);
        });
    }
    if (id == 0 && store::contribution_exists(s.db, t)) return Outcome::already;
    may_add_for(row, p);
    t.id = id;
    imported(row, store::insert_contribution(s.db, t));
    return Outcome::added;
}

Outcome avoided(Session& s, const ImportRow& row) {
    int64_t id = own_reference(s, row, "avoided", ref::avoided);
    const Person& p = person_in(s, row, row.text("person"));
    AvoidedFields f{make_ref(ref::person, p.id), row.text("type")};
    if (row.has("quantity")) f.quantity = trim(row.text("quantity"));
    f.confidence = trim(row.text("confidence"));
    f.on = date_cell(row, "date");
    f.evidence = row.text("evidence");
    Avoided x = check_avoided_fields(s, f, recorded_type(s, row));
    x.person_id = p.id;
    check_event_date(p, x.on, s.today, "avoided crisis's date");
    if (id > 0 && is_here(s, row, id)) {
        std::string ref = make_ref(ref::avoided, id);
        return settle(s, row, std::to_string(id), ref, [&](const Differences& d) {
            for (const char* column : {"person", "unit", "unit_cost", "budget", "source", "label"})
                if (differs_in(d, column) && !differs_in(d, "type"))
                    throw DataError(fmt::format("{}'s {} differs, and is kept as it was recorded; correct its type, "
                                                "quantity, confidence, evidence or date instead", ref, column));
            AvoidedEdit e{ref};
            if (differs_in(d, "type")) e.type = x.type;
            if (differs_in(d, "quantity")) e.quantity = f.quantity;
            if (differs_in(d, "confidence")) e.confidence = x.confidence;
            if (differs_in(d, "evidence")) e.evidence = x.evidence;
            if (differs_in(d, "date")) e.on = x.on;
            edit_avoided(s, e);
        });
    }
    if (id == 0 && store::avoided_exists(s.db, x)) return Outcome::already;
    may_add_for(row, p);
    x.id = id;
    imported(row, store::insert_avoided(s.db, x));
    return Outcome::added;
}

}  // namespace lac::importers
