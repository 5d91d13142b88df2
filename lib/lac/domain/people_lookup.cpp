// Person lookup: what a coordinator types to name someone.
#include <fmt/format.h>

#include "lac/util/errors.hpp"
#include "lac/domain/people.hpp"
#include "lac/util/ref.hpp"
#include "lac/store/people.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

std::string describe(const Person& p) {
    return fmt::format("P{} {} ({}, {})", p.id, p.name, p.status, p.coordinator);
}

}  // namespace

Person find_person(Session& s, std::string_view text) {
    std::string typed = trim(text);
    if (typed.empty()) throw DataError("no person given; name them, or give their reference such as P12");
    if (auto id = parse_ref(typed, ref::person)) {
        auto person = store::person_by_id(s.db, *id);
        if (!person || person->name.empty())
            throw DataError(fmt::format("there is no person P{}; see 'lac person list'", *id));
        return *person;
    }
    std::string key = fold_name(typed);
    // A whole name beats a prefix: "Ann" finds Ann even when Anna is also here.
    auto matches = store::people_named(s.db, key, false);
    if (matches.empty()) matches = store::people_named(s.db, key, true);
    if (matches.size() == 1) return matches.front();
    if (matches.empty())
        throw DataError(fmt::format("no one here is called '{}'; see 'lac person list'", typed));
    std::vector<std::string> candidates;
    for (std::size_t i = 0; i < matches.size() && i < 8; ++i) candidates.push_back(describe(matches[i]));
    if (matches.size() > 8) candidates.push_back(fmt::format("and {} more", matches.size() - 8));
    throw DataError(fmt::format("'{}' could be {}; use the reference", typed, join(candidates, "; ")));
}

}  // namespace lac
