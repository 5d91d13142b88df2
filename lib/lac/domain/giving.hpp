#pragma once
// What a person gives (contributions: reciprocity, people as assets) and the crises that
// did not happen (avoided crises, valued at the config's unit costs).
#include <optional>
#include <string>

#include "lac/store/records.hpp"
#include "lac/domain/session.hpp"

namespace lac {

struct ContributionFields {
    std::string person;
    std::string hours;
    std::string what;
    std::string asset;  // optional: where they gave it
    std::optional<Date> on;
};
Contribution contribute(Session& s, const ContributionFields& fields);

struct AvoidedFields {
    std::string person;
    std::string type;                     // a [crisis.TYPE] in the config
    std::optional<std::string> quantity;  // the type's default_quantity when empty
    std::string confidence;               // possible when empty
    std::optional<Date> on;
    std::string evidence;
};
// Copies the unit cost, unit, budget holder and source from the config onto the record.
Avoided record_avoided(Session& s, const AvoidedFields& fields);

}  // namespace lac
