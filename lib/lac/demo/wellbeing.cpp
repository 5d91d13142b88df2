// The demo's evidence of value beyond the events: ONS wellbeing check-ins of the people
// walked alongside, one when they start and one a quarter after, and each team's
// co-production reflection once a quarter. Drawn from their own generator (feelings_).
#include <algorithm>
#include <cmath>

#include "lac/demo/sim.hpp"
#include "lac/store/reflections.hpp"
#include "lac/store/wellbeing.hpp"

namespace lac::demo_sim {
namespace {

// About normal, with mean 0 and standard deviation 1 (three uniform draws, so never
// beyond 3 either side).
double bell(Rng& rng) {
    return (rng.between(-1000, 1000) + rng.between(-1000, 1000) + rng.between(-1000, 1000)) / 1000.0;
}

int score(double value, int low, int high) { return std::clamp(int(std::lround(value)), low, high); }

const char* const lonely_words[] = {"often", "some", "occasionally", "hardly", "never"};

}  // namespace

// Every 13 weeks from the day they were opened, a check-in in the week that falls due (a
// person opened before the demo's first week has had theirs: they are caught up then).
// People come to Local Area Coordination lower than the population's about 7.5 out of 10;
// on average they gain about an eighth of a point a quarter for their first year, then
// hold, with real spread: some gain a point or two, some lose ground. A few answers are skipped,
// and about one check-in in ten is missed.
void Simulation::check_in(SimPerson& p, Date monday) {
    if (p.record.support != "walking-alongside") return;
    for (Date due = p.record.opened_on + 91 * p.checkins; due <= monday + 6; due = p.record.opened_on + 91 * p.checkins) {
        Date on = std::min(due + feelings_.between(0, 6), monday + 6);
        if (!in_past(on)) return;
        if (p.checkins == 0) {
            p.feeling = {float(4.6 + 1.7 * bell(feelings_)), float(5.4 + 1.7 * bell(feelings_)),
                         float(4.9 + 1.9 * bell(feelings_)), float(5.6 + 2.0 * bell(feelings_))};
            p.lonely = float(feelings_.weighted({30, 35, 20, 10, 5}));
            p.lift = float(0.12 + 0.3 * bell(feelings_));
        }
        double gain = p.lift * std::min(p.checkins, 4);
        ++p.checkins;
        if (p.checkins > 1 && feelings_.chance(0.1)) continue;
        Wellbeing w;
        w.person_id = p.record.id;
        w.on = on;
        auto answer = [&](double value) { return feelings_.chance(0.04) ? std::nullopt : std::optional(score(value, 0, 10)); };
        w.life = answer(p.feeling[0] + gain + 0.8 * bell(feelings_));
        w.worthwhile = answer(p.feeling[1] + 0.8 * gain + 0.8 * bell(feelings_));
        w.happy = answer(p.feeling[2] + gain + 1.1 * bell(feelings_));
        w.anxious = answer(p.feeling[3] - 0.8 * gain + 1.3 * bell(feelings_));  // better when lower
        if (!feelings_.chance(0.05)) w.lonely = lonely_words[score(p.lonely + 0.6 * gain + 0.5 * bell(feelings_), 0, 4)];
        if (!w.life && !w.worthwhile && !w.happy && !w.anxious && w.lonely.empty()) w.life = score(p.feeling[0], 0, 10);
        store::insert_wellbeing(s_.db, w);
    }
}

// A team scores itself on the config's principles once a quarter (teams in different
// weeks), starting a little below the middle of the scale and growing slowly.
void Simulation::reflect(int c, Date monday) {
    static const char* const notes[] = {"Team meeting", "Away day with partners",
                                        "With two people we walk alongside", "Reviewed at supervision", ""};
    const auto& coordinator = coordinators_[std::size_t(c)];
    if (c > 0 && coordinators_[std::size_t(c) - 1].team == coordinator.team) return;  // once a team
    int week = (monday.days - 4) / 7;  // weeks since Monday 5 January 1970
    if ((week + 5 * coordinator.team) % 13 != 0) return;
    Reflection r;
    r.team = coordinator.record.team;
    r.on = monday + feelings_.between(0, 4);
    if (!in_past(r.on)) return;
    r.note = notes[feelings_.between(0, 4)];
    int low = s_.config.reflection_min, high = s_.config.reflection_max;
    const auto& principles = s_.config.reflection_principles;
    if (team_scores_.size() <= std::size_t(coordinator.team)) team_scores_.resize(std::size_t(coordinator.team) + 1);
    auto& scores = team_scores_[std::size_t(coordinator.team)];
    for (std::size_t i = 0; i < principles.size(); ++i) {
        if (scores.size() <= i)
            scores.push_back(float(low + (high - low) * (0.35 + 0.1 * bell(feelings_))));
        else
            scores[i] += float((high - low) * 0.03 + 0.15 * bell(feelings_));
        r.scores.emplace_back(principles[i], score(scores[i] + 0.4 * bell(feelings_), low, high));
    }
    store::insert_reflection(s_.db, r);
}

}  // namespace lac::demo_sim
