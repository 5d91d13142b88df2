#include "lac/domain/giving.hpp"

#include <fmt/format.h>

#include "lac/domain/assets.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/people.hpp"
#include "lac/util/ref.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/giving.hpp"
#include "lac/util/text.hpp"
#include "lac/domain/validate.hpp"

namespace lac {

Contribution contribute(Session& s, const ContributionFields& f) {
    Contribution t;
    t.hours = check_amount(f.hours, "--hours", 24 * 7);
    t.what = check_text(f.what, "description of what they gave", 1000);
    if (t.what.empty()) throw DataError("say what they gave, such as 'helped at the repair café'");
    t.on = f.on.value_or(s.today);
    s.db.write([&] {
        Person p = find_person(s, f.person);
        check_event_date(p, t.on, s.today, "contribution's date");
        t.person_id = p.id;
        if (!f.asset.empty()) {
            Asset a = find_asset(s, f.asset);
            t.asset_id = a.id;
            t.asset_name = a.name;
        }
        t.id = store::insert_contribution(s.db, t);
        store::audit(s.db, "add", "contribution", make_ref(ref::contribution, t.id), make_ref(ref::person, p.id));
    });
    return t;
}

Avoided record_avoided(Session& s, const AvoidedFields& f) {
    const CrisisType* type = s.config.find_crisis(ascii_lower(trim(f.type)));
    if (!type) {
        std::vector<std::string> names;
        for (const auto& t : s.config.crisis_types) names.push_back(t.name);
        throw DataError(fmt::format("'{}' is not a crisis type; use one of: {}{}", f.type, join(names, ", "),
                                    did_you_mean(ascii_lower(f.type), names)));
    }
    Avoided x;
    x.type = type->name;
    x.label = type->label;
    x.quantity = f.quantity ? check_amount(*f.quantity, "--quantity", 100000) : type->default_quantity;
    x.unit = type->unit;
    x.unit_cost = type->unit_cost;
    x.budget = type->budget;
    x.source = type->source;
    x.confidence = f.confidence.empty() ? "possible" : check_word(f.confidence, confidences, "confidence");
    x.evidence = check_text(f.evidence, "evidence", 64 * 1024, true);
    x.on = f.on.value_or(s.today);
    s.db.write([&] {
        Person p = find_person(s, f.person);
        check_event_date(p, x.on, s.today, "avoided crisis's date");
        x.person_id = p.id;
        x.id = store::insert_avoided(s.db, x);
        store::audit(s.db, "add", "avoided", make_ref(ref::avoided, x.id), make_ref(ref::person, p.id) + " type=" + x.type);
    });
    return x;
}

}  // namespace lac
