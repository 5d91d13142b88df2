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
namespace {

// The person's and the asset's part of recording a contribution, for the command and its
// correction alike.
void place_contribution(Session& s, Contribution& t, const ContributionFields& f) {
    Person p = find_person(s, f.person);
    check_event_date(p, t.on, s.today, "contribution's date");
    t.person_id = p.id;
    t.person_name = p.name;
    if (!f.asset.empty()) {
        Asset a = find_asset(s, f.asset);
        t.asset_id = a.id;
        t.asset_name = a.name;
    }
}

void place_avoided(Session& s, Avoided& x, const AvoidedFields& f) {
    Person p = find_person(s, f.person);
    check_event_date(p, x.on, s.today, "avoided crisis's date");
    x.person_id = p.id;
    x.person_name = p.name;
}

Contribution require_contribution(Session& s, std::string_view text) {
    int64_t id = require_ref(text, ref::contribution, "contribution");
    auto t = store::contribution_by_id(s.db, id);
    if (!t) throw DataError(fmt::format("there is no contribution T{}; see 'lac contribution list'", id));
    return *t;
}

Avoided require_avoided(Session& s, std::string_view text) {
    int64_t id = require_ref(text, ref::avoided, "avoided crisis");
    auto x = store::avoided_by_id(s.db, id);
    if (!x) throw DataError(fmt::format("there is no avoided crisis X{}; see 'lac avoided list'", id));
    return *x;
}

// What the audit trail keeps of a record corrected or deleted.
Values values(const Contribution& t) {
    return {{"person", make_ref(ref::person, t.person_id)},
            {"on", to_iso(t.on)},
            {"hours", t.hours},
            {"asset", t.asset_id ? Values(make_ref(ref::asset, *t.asset_id)) : Values()},
            {"what", t.what}};
}

Values values(const Avoided& x) {
    return {{"person", make_ref(ref::person, x.person_id)}, {"type", x.type},          {"label", x.label},
            {"on", to_iso(x.on)},                   {"quantity", x.quantity},  {"unit", x.unit},
            {"unit_cost", x.unit_cost},             {"budget", x.budget},      {"source", x.source},
            {"confidence", x.confidence},           {"evidence", x.evidence}};
}

// A stored amount as it would be typed (26, 1.5), to be checked again as typed.
std::string amount_text(double amount) { return fmt::format("{}", amount); }

}  // namespace

Contribution check_contribution_fields(const Session& s, const ContributionFields& f) {
    Contribution t;
    t.hours = check_amount(f.hours, "--hours", 24 * 7);
    t.what = check_text(f.what, "description of what they gave", 1000);
    if (t.what.empty()) throw DataError("say what they gave, such as 'helped at the repair café'");
    t.on = f.on.value_or(s.today);
    return t;
}

Contribution contribute(Session& s, const ContributionFields& f) {
    Contribution t = check_contribution_fields(s, f);
    s.db.write([&] {
        place_contribution(s, t, f);
        t.id = store::insert_contribution(s.db, t);
        store::audit(s.db, "add", "contribution", make_ref(ref::contribution, t.id), make_ref(ref::person, t.person_id));
    });
    return t;
}

const CrisisType& find_crisis_type(const Session& s, std::string_view text) {
    const CrisisType* type = s.config.find_crisis(ascii_lower(trim(text)));
    if (!type) {
        std::vector<std::string> names;
        for (const auto& t : s.config.crisis_types) names.push_back(t.name);
        throw DataError(fmt::format("'{}' is not a crisis type; use one of: {}{}", text, join(names, ", "),
                                    did_you_mean(ascii_lower(text), names)));
    }
    return *type;
}

Avoided check_avoided_fields(const Session& s, const AvoidedFields& f, const CrisisType& type) {
    Avoided x;
    x.type = type.name;
    x.label = type.label;
    x.quantity = f.quantity ? check_amount(*f.quantity, "--quantity", 100000) : type.default_quantity;
    x.unit = type.unit;
    x.unit_cost = type.unit_cost;
    x.budget = type.budget;
    x.source = type.source;
    x.confidence = f.confidence.empty() ? "possible" : check_word(f.confidence, confidences, "confidence");
    x.evidence = check_text(f.evidence, "evidence", 64 * 1024, true);
    x.on = f.on.value_or(s.today);
    return x;
}

Avoided record_avoided(Session& s, const AvoidedFields& f) {
    Avoided x = check_avoided_fields(s, f, find_crisis_type(s, f.type));
    s.db.write([&] {
        place_avoided(s, x, f);
        x.id = store::insert_avoided(s.db, x);
        store::audit(s.db, "add", "avoided", make_ref(ref::avoided, x.id),
                     make_ref(ref::person, x.person_id) + " type=" + x.type);
    });
    return x;
}

Corrected<Contribution> edit_contribution(Session& s, const ContributionEdit& e) {
    if (!e.hours && !e.what && !e.asset && !e.on) nothing_given("what they gave, --hours, --asset or --on");
    Corrected<Contribution> out;
    s.db.write([&] {
        Contribution old = require_contribution(s, e.contribution);
        ContributionFields f{make_ref(ref::person, old.person_id), e.hours.value_or(amount_text(old.hours)),
                             e.what.value_or(old.what),
                             e.asset.value_or(old.asset_id ? make_ref(ref::asset, *old.asset_id) : ""), e.on.value_or(old.on)};
        Contribution t = check_contribution_fields(s, f);
        place_contribution(s, t, f);
        t.id = old.id;
        out = apply_edit(s, "contribution", ref::contribution, values(old), t, values(t), store::update_contribution);
    });
    return out;
}

Contribution delete_contribution(Session& s, std::string_view contribution, bool confirmed) {
    return delete_confirmed(
        s, "contribution", ref::contribution, confirmed, [&] { return require_contribution(s, contribution); },
        store::delete_contribution, [](const Contribution& t) { return values(t); });
}

Contribution show_contribution(Session& s, std::string_view contribution) {
    return read_one(s, [&] { return require_contribution(s, contribution); });
}

Corrected<Avoided> edit_avoided(Session& s, const AvoidedEdit& e) {
    if (!e.type && !e.quantity && !e.confidence && !e.evidence && !e.on)
        nothing_given("--type, --quantity, --confidence, -m or --on");
    Corrected<Avoided> out;
    s.db.write([&] {
        Avoided old = require_avoided(s, e.avoided);
        AvoidedFields f{make_ref(ref::person, old.person_id), e.type.value_or(old.type),
                        e.quantity.value_or(amount_text(old.quantity)), e.confidence.value_or(old.confidence),
                        e.on.value_or(old.on), e.evidence.value_or(old.evidence)};
        // Valued at the costs it was recorded with, so correcting its date or evidence does
        // not revalue it at today's rates; a new type is valued as lac avoid would value it.
        CrisisType recorded{old.type, old.label, old.unit, old.unit_cost, old.quantity, old.budget, old.source};
        bool same_type = ascii_lower(trim(f.type)) == old.type;
        Avoided x = check_avoided_fields(s, f, same_type ? recorded : find_crisis_type(s, f.type));
        place_avoided(s, x, f);
        x.id = old.id;
        out = apply_edit(s, "avoided", ref::avoided, values(old), x, values(x), store::update_avoided);
    });
    return out;
}

Avoided delete_avoided(Session& s, std::string_view avoided, bool confirmed) {
    return delete_confirmed(
        s, "avoided", ref::avoided, confirmed, [&] { return require_avoided(s, avoided); }, store::delete_avoided,
        [](const Avoided& x) { return values(x); });
}

Avoided show_avoided(Session& s, std::string_view avoided) {
    return read_one(s, [&] { return require_avoided(s, avoided); });
}

store::GivingFilter filter_for(Session& s, const GivingQuery& q) {
    check_period(q.from, q.to);
    store::GivingFilter filter{std::nullopt, std::nullopt, q.from, q.to, q.limit, true};
    if (!q.person.empty()) filter.person_id = find_person(s, q.person).id;
    return filter;
}

std::vector<Contribution> list_contributions(Session& s, const GivingQuery& q) {
    std::vector<Contribution> out;
    s.db.read([&] { out = store::list_contributions(s.db, filter_for(s, q)); });
    return out;
}

std::vector<Avoided> list_avoided(Session& s, const GivingQuery& q) {
    std::vector<Avoided> out;
    s.db.read([&] { out = store::list_avoided(s.db, filter_for(s, q)); });
    return out;
}

}  // namespace lac
