#include "lac/demo.hpp"

#include <algorithm>
#include <array>
#include <random>

#include <fmt/format.h>

#include "lac/demo_names.hpp"
#include "lac/errors.hpp"
#include "lac/store/assets.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/connections.hpp"
#include "lac/store/conversations.hpp"
#include "lac/store/coordinators.hpp"
#include "lac/store/giving.hpp"
#include "lac/store/goals.hpp"
#include "lac/store/people.hpp"
#include "lac/text.hpp"

namespace lac {
namespace {

namespace words = demo_words;

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
};

struct SimPerson {
    Person record;
    int coordinator = 0;   // index into the coordinators
    int rhythm = 1;        // weeks between conversations: most weekly, some hard to reach
    std::optional<Date> last_seen;
    std::vector<Goal> goals;
    std::vector<SimConnection> connections;
};

struct SimCoordinator {
    Coordinator record;
    int team = 0;
    int target = 55;
    std::vector<int> people;  // indices into the people, active only
    std::vector<int64_t> assets;
};

class Simulation {
public:
    Simulation(Session& s, const DemoRequest& r) : s_(s), r_(r), rng_(r.seed) {}

    DemoTotals run(const std::function<void(int, int)>& progress);

private:
    void make_team();
    int open_person(int c, Date on, const std::string& support);
    void close_person(SimPerson& p, Date on, const std::string& reason);
    void simulate_week(Date monday);
    void week_for(int c, Date monday);
    void talk(SimPerson& p, Date monday);
    void grow(SimPerson& p, Date monday);
    void avoid(int c, Date monday);
    void connect(SimPerson& p, Date monday);
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
    Rng rng_;
    std::vector<SimCoordinator> coordinators_;
    std::vector<SimPerson> people_;
    DemoTotals totals_;
};

void Simulation::make_team() {
    int team = 0, in_team = 0, team_size = rng_.between(8, 12);
    for (int i = 0; i < r_.coordinators; ++i) {
        if (in_team == team_size) team += 1, in_team = 0, team_size = rng_.between(8, 12);
        std::string place(words::places[std::size_t(team) % words::places.size()]);
        if (team >= int(words::places.size())) place += fmt::format(" {}", team / int(words::places.size()) + 1);
        std::string first(words::first_names[std::size_t(i) % words::first_names.size()]);
        SimCoordinator c;
        for (char ch : ascii_lower(first))
            if (ch >= 'a' && ch <= 'z') c.record.handle += ch;
        if (i >= int(words::first_names.size())) c.record.handle += std::to_string(i / int(words::first_names.size()));
        c.record.name = first + " " + std::string(rng_.pick(words::last_names));
        c.record.team = place;
        c.record.neighbourhood = fmt::format("{} {}{}", place, words::compass[std::size_t(in_team) % 4],
                                             in_team >= 4 ? fmt::format(" {}", in_team / 4 + 1) : "");
        c.record.capacity_min = s_.config.capacity_min;
        c.record.capacity_max = s_.config.capacity_max;
        c.record.id = store::insert_coordinator(s_.db, c.record);
        c.team = team;
        c.target = rng_.between(50, 60);
        for (const auto& t : words::assets) {
            Asset a;
            a.name = c.record.neighbourhood + " " + std::string(t.name);
            a.kind = std::string(t.kind);
            a.area = c.record.neighbourhood;
            c.assets.push_back(store::insert_asset(s_.db, a));
        }
        coordinators_.push_back(std::move(c));
        ++in_team;
    }
}

int Simulation::open_person(int c, Date on, const std::string& support) {
    static const std::vector<std::string> sources = {"self", "family", "neighbour", "gp", "social-work",
                                                     "health", "housing", "community", "other"};
    SimPerson p;
    auto& coordinator = coordinators_[std::size_t(c)];
    p.record.name = fmt::format("{} {}", rng_.pick(words::first_names), rng_.pick(words::last_names));
    p.record.area = coordinator.record.neighbourhood;
    p.record.source = sources[rng_.weighted({25, 15, 8, 18, 10, 8, 6, 7, 3})];
    p.record.support = support;
    p.record.status = "active";
    p.record.opened_on = on;
    p.record.coordinator_id = coordinator.record.id;
    p.record.coordinator = coordinator.record.handle;
    if (rng_.chance(0.7)) p.record.birth_year = rng_.between(1930, 2004);
    p.coordinator = c;
    p.rhythm = rng_.chance(0.06) ? rng_.between(4, 7) : 1;
    p.record.id = store::insert_person(s_.db, p.record);
    store::start_assignment(s_.db, p.record.id, coordinator.record.id, on);
    people_.push_back(std::move(p));
    coordinator.people.push_back(int(people_.size()) - 1);
    ++totals_.people;
    return int(people_.size()) - 1;
}

void Simulation::close_person(SimPerson& p, Date on, const std::string& reason) {
    p.record.status = "closed";
    p.record.closed_on = std::max(on, p.last_seen.value_or(p.record.opened_on));
    p.record.close_reason = reason;
    store::update_person(s_.db, p.record);
    // Nothing looks at a closed person's goals or connections again: at national scale their
    // memory adds up.
    std::vector<Goal>().swap(p.goals);
    std::vector<SimConnection>().swap(p.connections);
    auto& held = coordinators_[std::size_t(p.coordinator)].people;
    held.erase(std::find(held.begin(), held.end(), int(&p - people_.data())));
}

void Simulation::talk(SimPerson& p, Date monday) {
    static const std::vector<std::string> modes = {"in-person", "home-visit", "community", "phone", "video", "message"};
    static const int minutes_by_mode[][2] = {{30, 90}, {30, 90}, {20, 120}, {5, 40}, {15, 45}, {2, 10}};
    Date last = p.last_seen.value_or(p.record.opened_on - 7);
    if (monday - last < 7 * p.rhythm - 6 && p.last_seen) return;
    int talks = rng_.chance(0.9) ? 1 : 0;
    if (talks && rng_.chance(0.12)) talks = 2;
    for (int i = 0; i < talks; ++i) {
        Conversation c;
        c.person_id = p.record.id;
        c.on = day_in(monday, std::max(p.record.opened_on, p.last_seen.value_or(p.record.opened_on)));
        if (!in_past(c.on)) return;
        const auto& team = coordinators_[std::size_t(p.coordinator)];
        c.coordinator_id = team.record.id;
        // Now and then a colleague covers.
        if (rng_.chance(0.03)) {
            int other = std::clamp(p.coordinator + (rng_.chance(0.5) ? 1 : -1), 0, int(coordinators_.size()) - 1);
            if (coordinators_[std::size_t(other)].team == team.team) c.coordinator_id = coordinators_[std::size_t(other)].record.id;
        }
        std::size_t mode = rng_.weighted({35, 20, 15, 20, 5, 5});
        c.mode = modes[mode];
        c.minutes = rng_.between(minutes_by_mode[mode][0], minutes_by_mode[mode][1]);
        if (rng_.chance(0.8)) c.at_time = fmt::format("{:02}:{:02}", rng_.between(9, 16), rng_.pick(std::array{0, 15, 30, 45}));
        c.note = std::string(rng_.pick(words::notes));
        store::insert_conversation(s_.db, c);
        p.last_seen = c.on;
        ++totals_.conversations;
    }
}

void Simulation::grow(SimPerson& p, Date monday) {
    static const std::vector<std::string> areas = {"friends", "family", "home", "work", "learning",
                                                   "health", "money", "community", "leisure", "other"};
    Date today = std::min(monday + 6, s_.today);
    bool fresh = monday - p.record.opened_on < 28;
    if ((fresh && p.goals.size() < 3 && rng_.chance(0.5)) || rng_.chance(0.01)) {
        Goal g;
        g.person_id = p.record.id;
        g.text = std::string(rng_.pick(words::goals));
        g.area = areas[rng_.weighted({14, 12, 10, 8, 6, 12, 8, 14, 12, 4})];
        g.set_on = std::max(p.record.opened_on, monday);
        g.id = store::insert_goal(s_.db, g);
        g.status = "active";
        p.goals.push_back(g);
        ++totals_.goals;
    }
    for (auto& g : p.goals) {
        if (g.status != "active" || g.set_on >= monday) continue;
        std::size_t outcome = rng_.weighted({30, 1, 1, 1000});
        if (outcome == 3) continue;
        g.status = outcome == 0 ? "achieved" : outcome == 1 ? "changed" : "let-go";
        store::set_goal_status(s_.db, g.id, g.status, today);
        store::insert_goal_note(s_.db, g.id, {today, g.status, ""});
    }
    if (rng_.chance(0.07)) connect(p, monday);
    for (auto& k : p.connections) {
        if (k.status == "ended" || k.changed >= monday) continue;
        double move = k.status == "introduced" ? 0.3 : k.status == "engaged" ? 0.05 : 0.0;
        std::string next = rng_.chance(0.02) ? "ended" : rng_.chance(move) ? (k.status == "introduced" ? "engaged" : "sustained") : "";
        if (next.empty()) continue;
        store::set_connection_status(s_.db, k.id, next, today);
        k.status = next;
        k.changed = today;
    }
    if (rng_.chance(0.05)) {
        Contribution t;
        t.person_id = p.record.id;
        t.on = std::max(p.record.opened_on, monday);
        t.hours = rng_.between(2, 8) / 2.0;
        t.asset_id = rng_.pick(coordinators_[std::size_t(p.coordinator)].assets);
        t.what = std::string(rng_.pick(std::array{"Helped at the coffee morning", "Volunteered at the food bank",
                                                  "Taught a neighbour to knit", "Fixed bikes at the repair café",
                                                  "Gave a lift to the shops"}));
        if (in_past(t.on)) store::insert_contribution(s_.db, t), ++totals_.contributions;
    }
}

void Simulation::connect(SimPerson& p, Date monday) {
    Connection k;
    k.person_id = p.record.id;
    k.status = "introduced";
    k.made_on = std::max(p.record.opened_on, monday);
    std::size_t kind = rng_.weighted({60, 25, 15});
    const auto& coordinator = coordinators_[std::size_t(p.coordinator)];
    std::string with;
    SimPerson* peer = nullptr;
    if (kind == 0) {
        k.kind = "asset", k.asset_id = rng_.pick(coordinator.assets);
        with = fmt::format("asset {}", *k.asset_id);
    } else if (kind == 1) {
        k.kind = "natural";
        k.natural = std::string(rng_.pick(std::array{"daughter", "son", "neighbour", "old friend", "sister", "brother"}));
        with = fmt::format("natural {}", k.natural);
    } else {
        peer = &people_[std::size_t(rng_.pick(coordinator.people))];
        if (peer == &p) return;
        k.kind = "peer", k.peer_id = peer->record.id;
        with = fmt::format("peer {}", peer->record.id);
    }
    // One open connection at a time, and for peers in either direction.
    if (connected(p, with) || (peer && connected(*peer, fmt::format("peer {}", p.record.id)))) return;
    p.connections.push_back({store::insert_connection(s_.db, k), with, "introduced", k.made_on});
    ++totals_.connections;
}

void Simulation::avoid(int c, Date monday) {
    auto& coordinator = coordinators_[std::size_t(c)];
    if (coordinator.people.empty() || !rng_.chance(0.75)) return;
    SimPerson& p = people_[std::size_t(rng_.pick(coordinator.people))];
    // Only types with a cost: a site sets its own for the rest (safeguarding ships at 0).
    std::vector<const CrisisType*> types;
    for (const auto& t : s_.config.crisis_types)
        if (t.unit_cost > 0) types.push_back(&t);
    if (types.empty()) return;
    const CrisisType& type = *rng_.pick(types);
    Avoided x;
    x.person_id = p.record.id;
    x.type = type.name;
    x.label = type.label;
    x.on = std::max(p.record.opened_on, monday + rng_.between(0, 4));
    x.quantity = type.unit == "week" ? rng_.between(4, 26) : type.unit == "bed day" ? rng_.between(3, 30) : 1;
    x.unit = type.unit;
    x.unit_cost = type.unit_cost;
    x.budget = type.budget;
    x.source = type.source;
    x.confidence = std::array{"possible", "likely", "certain"}[rng_.weighted({3, 5, 2})];
    x.evidence = "A synthetic example for the demo.";
    if (in_past(x.on)) store::insert_avoided(s_.db, x), ++totals_.avoided;
}

void Simulation::week_for(int c, Date monday) {
    static const std::vector<std::string> reasons = {"goals-met", "moved", "declined", "services", "died", "other"};
    auto& held = coordinators_[std::size_t(c)].people;
    // People move on: about a year of walking alongside, on average; introductions after weeks.
    for (int index : std::vector<int>(held)) {
        SimPerson& p = people_[std::size_t(index)];
        bool intro = p.record.support == "introduction";
        if (monday - p.record.opened_on < 7 || !rng_.chance(intro ? 0.3 : 1.0 / 52)) continue;
        Date on = day_in(monday, monday);
        if (in_past(on)) close_person(p, on, intro ? "goals-met" : reasons[rng_.weighted({45, 15, 10, 15, 5, 10})]);
    }
    // Now and then someone moves to a colleague in the team.
    if (rng_.chance(0.03) && !held.empty() && in_past(monday)) {
        int other = std::clamp(c + (rng_.chance(0.5) ? 1 : -1), 0, int(coordinators_.size()) - 1);
        int index = rng_.pick(held);
        SimPerson& p = people_[std::size_t(index)];
        if (other != c && coordinators_[std::size_t(other)].team == coordinators_[std::size_t(c)].team &&
            p.record.opened_on < monday && p.record.support == "walking-alongside") {
            auto& to = coordinators_[std::size_t(other)];
            store::end_current_assignment(s_.db, p.record.id, monday);
            store::start_assignment(s_.db, p.record.id, to.record.id, monday);
            store::set_current_coordinator(s_.db, p.record.id, to.record.id);
            held.erase(std::find(held.begin(), held.end(), index));
            to.people.push_back(index);
            p.coordinator = other;
        }
    }
    int walking = 0;
    for (int index : held) walking += people_[std::size_t(index)].record.support == "walking-alongside";
    for (int n = rng_.between(0, 2); walking < coordinators_[std::size_t(c)].target - n; ++walking) {
        Date on = day_in(monday, monday);
        if (!in_past(on)) break;
        open_person(c, on, "walking-alongside");
    }
    for (int n = rng_.weighted({3, 4, 2, 1}); n > 0; --n) {
        Date on = day_in(monday, monday);
        if (in_past(on)) open_person(c, on, "introduction");
    }
    for (int index : std::vector<int>(coordinators_[std::size_t(c)].people)) {
        talk(people_[std::size_t(index)], monday);
        grow(people_[std::size_t(index)], monday);
    }
    avoid(c, monday);
}

DemoTotals Simulation::run(const std::function<void(int, int)>& progress) {
    Date first = monday_of(iso_week(s_.today)) - 7 * (r_.weeks - 1);
    // Everything the simulation writes, whose indexes it never reads through (assignments it
    // does: a transfer ends the current one).
    static const std::vector<std::string> bulk = {"person", "conversation", "goal", "goal_note", "connection",
                                                  "connection_change", "contribution", "avoided"};
    s_.db.bulk_fill(bulk, [&] {
        make_team();
        // The opening caseload: people met over the year before the first week.
        for (int c = 0; c < int(coordinators_.size()); ++c)
            for (int i = 0; i < coordinators_[std::size_t(c)].target; ++i)
                open_person(c, first - rng_.between(7, 365), "walking-alongside");
        for (int w = 0; w < r_.weeks; ++w) {
            for (int c = 0; c < int(coordinators_.size()); ++c) week_for(c, first + 7 * w);
            progress(w + 1, r_.weeks);
        }
        store::audit(s_.db, "demo", "database", s_.db.path().filename().string(),
                     fmt::format("coordinators={} weeks={} seed={}", r_.coordinators, r_.weeks, r_.seed));
    });
    return totals_;
}

}  // namespace

void check_demo_request(const DemoRequest& r) {
    if (r.coordinators < 1 || r.coordinators > 5000) throw DataError("--coordinators must be from 1 to 5000");
    if (r.weeks < 1 || r.weeks > 520) throw DataError("--weeks must be from 1 to 520");
}

DemoTotals fill_demo(Session& s, const DemoRequest& r, const std::function<void(int, int)>& progress) {
    check_demo_request(r);
    bool empty = true;
    s.db.read([&] { empty = store::list_coordinators(s.db, "", true).empty(); });
    if (!empty)
        throw DataError("lac demo fills only an empty database, so that made-up people never mix with real "
                        "ones; pass --db NEW.db");
    s.db.expect_bulk_writes();
    Simulation sim(s, r);
    return sim.run(progress);
}

}  // namespace lac
