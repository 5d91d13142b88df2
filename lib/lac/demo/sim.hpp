#pragma once
// The simulation behind lac demo, private to demo.cpp (the team, people opening, closing
// and moving), life.cpp (what happens in a person's week) and wellbeing.cpp (check-ins and
// the team's reflections).
#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "lac/util/date.hpp"
#include "lac/util/progress.hpp"
#include "lac/demo/demo.hpp"
#include "lac/demo/names.hpp"
#include "lac/store/records.hpp"

namespace lac::demo_sim {

// A seeded generator whose draws do not depend on the standard library's distributions,
// so one seed gives one database everywhere.
class Rng {
public:
    explicit Rng(uint64_t seed) : engine_(seed) {}
    int between(int low, int high) { return low + int(engine_() % uint64_t(high - low + 1)); }
    bool chance(double p) { return double(engine_() >> 11) / 9007199254740992.0 < p; }
    template <class List>
    const auto& pick(const List& list) { return list[std::size_t(between(0, int(list.size()) - 1))]; }
    // An index drawn with the given weights.
    std::size_t weighted(std::initializer_list<int> weights) {
        int total = 0;
        for (int w : weights) total += w;
        int draw = between(1, total);
        std::size_t i = 0;
        for (int w : weights) {
            if ((draw -= w) <= 0) return i;
            ++i;
        }
        return 0;
    }

private:
    std::mt19937_64 engine_;
};

struct SimConnection {
    int64_t id;
    std::string with;  // "asset 3", "peer 12" or "natural son": who the connection is with
    std::string status;
    Date changed;
    int asset = -1;  // for an asset, its place in demo_words::assets
    int64_t asset_id = 0;
};

struct SimPerson {
    Person record;
    int coordinator = 0;  // index into the coordinators
    int rhythm = 1;       // weeks between conversations: most weekly, some hard to reach
    std::optional<Date> last_seen;
    std::vector<Goal> goals;
    std::vector<SimConnection> connections;
    // Wellbeing (wellbeing.cpp): check-ins so far, and where this person starts from
    // (life, worthwhile, happy, anxious; how often lonely, 0 often to 4 never) and how much
    // better (or worse) each quarter brings.
    int checkins = 0;
    std::array<float, 4> feeling{};
    float lonely = 0, lift = 0;
};

// A timed conversation in a coordinator's diary, in minutes from midnight.
struct Booked {
    Date day;
    int from, to;
};

struct SimCoordinator {
    Coordinator record;
    int team = 0;
    int target = 55;
    std::vector<int> people;  // indices into the people, active only
    std::vector<int64_t> assets;  // in the order of demo_words::assets
    std::vector<Booked> diary;    // this week's, so no two conversations overlap
};

class Simulation {
public:
    // `database` is the name the trail gives the database filled: on a server the server's,
    // though the records are made in a scratch file (demo.cpp, fill_demo_on_server).
    Simulation(Session& s, const DemoRequest& r, std::string database)
        : s_(s), r_(r), database_(std::move(database)), rng_(uint64_t(r.seed)) {}

    DemoTotals run(const Progress& progress);
    void audit_made();

private:
    // demo.cpp
    void make_teams();
    int open_person(int c, Date on, const std::string& support);
    void close_person(SimPerson& p, Date on, std::string reason);
    void move_on(int c, Date monday);
    void transfer(int c, Date monday);
    void week_for(int c, Date monday);
    // life.cpp
    void talk(SimPerson& p, Date monday);
    void grow(SimPerson& p, Date monday);
    void set_goals(SimPerson& p, Date monday);
    void move_connections(SimPerson& p, Date monday);
    void contribute(SimPerson& p, Date monday);
    void connect(SimPerson& p, Date monday);
    void avoid(int c, Date monday);
    // wellbeing.cpp
    void check_in(SimPerson& p, Date monday);
    void reflect(int c, Date monday);
    std::optional<std::pair<Date, int>> book(SimCoordinator& c, Date day, Date last, int minutes);
    std::string note_for(const std::string& mode);
    void close_goal(Goal& g, const std::string& status, Date on);
    static bool fits(const demo_words::GoalTemplate& t, const SimPerson& p, Date on);
    void end_connection(SimConnection& k, Date on);
    void end_connections_with(const SimPerson& p, Date on);

    // Whether the person already has an open connection with `with`, as store::open_connection
    // would say, asked of the simulation because the fill defers the indexes it reads.
    static bool connected(const SimPerson& p, const std::string& with) {
        return std::any_of(p.connections.begin(), p.connections.end(),
                           [&](const SimConnection& k) { return k.with == with && k.status != "ended"; });
    }
    // A day of the week, mostly a weekday, not before `not_before`.
    Date day_in(Date monday, Date not_before) {
        Date d = monday + (rng_.chance(0.9) ? rng_.between(0, 4) : rng_.between(5, 6));
        return std::min(std::max(d, not_before), monday + 6);
    }
    bool in_past(Date d) const { return d <= s_.today; }

    Session& s_;
    DemoRequest r_;
    std::string database_;
    Rng rng_;
    // Check-ins and reflections draw from their own generator, so that adding them left
    // every other record of a seed as it was.
    Rng feelings_{uint64_t(r_.seed) * 0x9E3779B97F4A7C15ull + 0x5EED};
    std::vector<std::vector<float>> team_scores_;  // per team, per principle: where it stands
    std::vector<SimCoordinator> coordinators_;
    std::vector<SimPerson> people_;
    DemoTotals totals_;
};

}  // namespace lac::demo_sim
