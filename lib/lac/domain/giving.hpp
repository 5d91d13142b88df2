#pragma once
// What a person gives (contributions: reciprocity, people as assets) and the crises that
// did not happen (avoided crises, valued at the config's unit costs).
#include <optional>
#include <string>
#include <vector>

#include "lac/domain/corrections.hpp"
#include "lac/domain/session.hpp"
#include "lac/store/giving.hpp"
#include "lac/store/records.hpp"

namespace lac {

struct ContributionFields {
    std::string person;
    std::string hours;
    std::string what;
    std::string asset;  // optional: where they gave it
    std::optional<Date> on;
};
// The one check of a contribution's own fields, for the command and its correction: the
// hours, what was given (not empty) and the date (today when not given). Its person and
// asset are the caller's to find.
Contribution check_contribution_fields(const Session& s, const ContributionFields& fields);
Contribution contribute(Session& s, const ContributionFields& fields);

struct AvoidedFields {
    std::string person;
    std::string type;                     // a [crisis.TYPE] in the config
    std::optional<std::string> quantity;  // the type's default_quantity when empty
    std::string confidence;               // possible when empty
    std::optional<Date> on;
    std::string evidence;
};
// The [crisis.TYPE] named (case-insensitive); the error lists the types.
const CrisisType& find_crisis_type(const Session& s, std::string_view type);
// The one check of an avoided crisis's own fields, for the command and its correction:
// copies the unit cost, unit, budget holder and source from `type`, and checks the
// quantity (the type's default when not given), confidence, evidence and date (today
// when not given). Its person is the caller's to find.
Avoided check_avoided_fields(const Session& s, const AvoidedFields& fields, const CrisisType& type);
Avoided record_avoided(Session& s, const AvoidedFields& fields);

// Corrections (giving_corrections.cpp). Each field given replaces the record's own,
// checked as the command that recorded it checks it; one transaction, audited with the
// old values of the fields changed; an edit that changes nothing is refused.
struct ContributionEdit {
    std::string contribution;  // T9 or 9
    std::optional<std::string> hours, what, asset;  // an empty asset takes it away
    std::optional<Date> on;
};
Corrected<Contribution> edit_contribution(Session& s, const ContributionEdit& edit);
Contribution delete_contribution(Session& s, std::string_view contribution, bool confirmed);
Contribution show_contribution(Session& s, std::string_view contribution);

// A new type brings the new type's unit cost, unit, budget holder and source from the
// config; otherwise the record keeps those it was recorded with.
struct AvoidedEdit {
    std::string avoided;  // X2 or 2
    std::optional<std::string> type, quantity, confidence, evidence;
    std::optional<Date> on;
};
Corrected<Avoided> edit_avoided(Session& s, const AvoidedEdit& edit);
Avoided delete_avoided(Session& s, std::string_view avoided, bool confirmed);
Avoided show_avoided(Session& s, std::string_view avoided);

// One person's (or everyone's when `person` is empty) in a period, newest first.
struct GivingQuery {
    std::string person;
    std::optional<Date> from, to;
    int limit = 0;  // 0: all
};
// The store's filter for a query: its person found, its period checked; newest first.
store::GivingFilter filter_for(Session& s, const GivingQuery& query);
std::vector<Contribution> list_contributions(Session& s, const GivingQuery& query);
std::vector<Avoided> list_avoided(Session& s, const GivingQuery& query);

}  // namespace lac
