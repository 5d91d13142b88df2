// Person lookup: what a coordinator types to name someone.
#include <fmt/format.h>

#include "lac/util/errors.hpp"
#include "lac/domain/people.hpp"
#include "lac/util/ref.hpp"
#include "lac/store/coordinators.hpp"
#include "lac/store/people.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

std::string describe(const Person& p) {
    return fmt::format("P{} {} ({}, {})", p.id, p.name, p.status, p.coordinator);
}

// Where a name is looked for, stopping at the first place it matches anyone: the acting
// coordinator's active people, their team's, then everyone; in each, a whole name before
// whole words, and whole words before the start of one (lac(1), NAMING PEOPLE AND ASSETS).
std::vector<Person> people_called(Session& s, const std::string& key) {
    std::vector<store::NameScope> scopes;
    if (auto me = store::find_coordinator(s.db, s.db.actor())) {
        scopes.push_back({store::NameScope::own, me->id, ""});
        scopes.push_back({store::NameScope::team_of, 0, me->team});
    }
    scopes.emplace_back();  // everyone
    for (const auto& scope : scopes)
        for (auto match : {store::Match::name, store::Match::word, store::Match::prefix})
            if (auto found = store::people_named(s.db, key, match, scope); !found.empty()) return found;
    return {};
}

// By reference, a forgotten person is found, and the caller decides what they may do.
Person lookup(Session& s, const std::string& typed) {
    auto id = parse_ref(typed, ref::person);
    auto person = id ? store::person_by_id(s.db, *id) : std::nullopt;
    if (id && (!person || (person->name.empty() && !person->forgotten_on)))
        throw DataError(fmt::format("there is no person P{}; see 'lac person list'", *id));
    if (person) return *person;
    return find_person(s, typed);
}

}  // namespace

void check_not_forgotten(const Person& p) {
    if (p.forgotten_on)
        throw DataError(fmt::format("P{} was forgotten on {}", p.id, to_iso(*p.forgotten_on)));
}

Person find_person_or_tombstone(Session& s, std::string_view text) { return lookup(s, trim(text)); }

Person find_person(Session& s, std::string_view text) {
    std::string typed = trim(text);
    if (typed.empty()) throw DataError("no person given; name them, or give their reference such as P12");
    if (parse_ref(typed, ref::person)) {
        // A forgotten person has no name, so a reference is the only way to reach them.
        Person p = lookup(s, typed);
        check_not_forgotten(p);
        return p;
    }
    auto matches = people_called(s, fold_name(typed));
    if (matches.size() == 1) return matches.front();
    if (matches.empty())
        throw DataError(fmt::format("no one here is called '{}'; see 'lac person list'", typed));
    std::vector<std::string> candidates;
    for (std::size_t i = 0; i < matches.size() && i < 8; ++i) candidates.push_back(describe(matches[i]));
    if (matches.size() > 8) candidates.push_back(fmt::format("and {} more", matches.size() - 8));
    throw DataError(fmt::format("'{}' could be {}; use the reference", typed, join(candidates, "; ")));
}

}  // namespace lac
