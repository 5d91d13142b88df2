#include "lac/domain/reflections.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "lac/domain/team.hpp"
#include "lac/domain/validate.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/coordinators.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

std::string acting_team(Session& s) {
    if (auto c = store::find_coordinator(s.db, s.db.actor()); c && !c->team.empty()) return c->team;
    return default_team(s);
}

}  // namespace

Reflection record_reflection(Session& s, const ReflectFields& f) {
    const auto& principles = s.config.reflection_principles;
    std::map<std::string, int> given;
    for (const auto& pair : f.scores) {
        auto eq = pair.find('=');
        if (eq == std::string::npos || eq == 0)
            throw UsageError(fmt::format("--score '{}' is not PRINCIPLE=N, such as --score reciprocity=3", pair));
        std::string principle = ascii_lower(trim(pair.substr(0, eq)));
        auto known = std::find_if(principles.begin(), principles.end(),
                                  [&](const std::string& p) { return ascii_lower(p) == principle; });
        if (known != principles.end()) principle = *known;  // as the config spells it
        if (known == principles.end())
            throw DataError(fmt::format("'{}' is not a principle of [reflection]; use one of: {}{}", principle,
                                        join(principles, ", "), did_you_mean(principle, principles)));
        int score = check_int(trim(pair.substr(eq + 1)), fmt::format("the score of {}", principle),
                              s.config.reflection_min, s.config.reflection_max);
        if (!given.emplace(principle, score).second)
            throw DataError(fmt::format("{} is scored twice; give each principle once", principle));
    }
    std::vector<std::string> missing;
    for (const auto& p : principles)
        if (!given.count(p)) missing.push_back(p);
    if (!missing.empty())
        throw DataError(fmt::format("score every principle; missing: {} (--score PRINCIPLE=N, from {} to {})",
                                    join(missing, ", "), s.config.reflection_min, s.config.reflection_max));
    Reflection r;
    r.on = f.on.value_or(s.today);
    check_not_future(r.on, s.today, "reflection's date");
    r.note = check_text(f.note, "note", 64 * 1024, true);
    for (const auto& p : principles) r.scores.emplace_back(p, given[p]);
    s.db.write([&] {
        r.team = f.team ? team_as_stored(s, *f.team) : acting_team(s);
        r.id = store::insert_reflection(s.db, r);
        store::audit(s.db, "add", "reflection", make_ref(ref::reflection, r.id), "team=" + r.team);
    });
    return r;
}

std::vector<ReflectionTrend> reflection_trends(Session& s, const std::string& team) {
    std::vector<Reflection> all;
    s.db.read([&] { all = store::list_reflections(s.db, team_as_stored(s, team)); });
    std::vector<ReflectionTrend> out;
    for (std::size_t i = 0; i < all.size(); ++i) {
        ReflectionTrend t{all[i]};
        double sum = 0;
        for (const auto& [p, v] : t.reflection.scores) sum += v;
        t.mean = t.reflection.scores.empty() ? 0 : sum / double(t.reflection.scores.size());
        const ReflectionTrend* before = i > 0 && all[i - 1].team == all[i].team ? &out.back() : nullptr;
        for (const auto& [p, v] : t.reflection.scores) {
            std::optional<int> change;
            if (before)
                for (const auto& [q, w] : before->reflection.scores)
                    if (q == p) change = v - w;
            t.change.push_back(change);
        }
        if (before) t.mean_change = t.mean - before->mean;
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace lac
