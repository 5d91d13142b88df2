#pragma once
// A team's co-production self-assessment: dated, a score per principle of the config's
// [reflection] (by default Edgar Cahn's five core values, on a 1-5 scale).
#include <optional>
#include <string>
#include <vector>

#include "lac/domain/session.hpp"
#include "lac/store/reflections.hpp"

namespace lac {

struct ReflectFields {
    std::optional<std::string> team;   // the acting coordinator's team, else lac init's
    std::vector<std::string> scores;   // PRINCIPLE=N, one for each principle of the config
    std::optional<Date> on;            // today when not given
    std::string note;
};
// Every principle scored once, each a whole number on the config's scale.
Reflection record_reflection(Session& s, const ReflectFields& fields);

// A reflection beside the one before it of the same team: each principle's change.
struct ReflectionTrend {
    Reflection reflection;
    double mean = 0;                     // of its scores
    std::optional<double> mean_change;   // since the team's reflection before
    std::vector<std::optional<int>> change;  // per score, in its order; none for a first or a new principle
};
std::vector<ReflectionTrend> reflection_trends(Session& s, const std::string& team);

}  // namespace lac
