// What happens in a week of a person's life in the demo: conversations, goals set and
// reached, connections made and moving on, contributions, and crises that did not happen.
#include <array>

#include <fmt/format.h>

#include "lac/demo_names.hpp"
#include "lac/demo_sim.hpp"
#include "lac/store/connections.hpp"
#include "lac/store/conversations.hpp"
#include "lac/store/giving.hpp"
#include "lac/store/goals.hpp"

namespace lac::demo_sim {

namespace words = demo_words;

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
    set_goals(p, monday);
    if (rng_.chance(0.07)) connect(p, monday);
    move_connections(p, monday);
    if (rng_.chance(0.05)) contribute(p, monday);
}

// A few goals in the first weeks, now and then another; most reached in time.
void Simulation::set_goals(SimPerson& p, Date monday) {
    static const std::vector<std::string> areas = {"friends", "family", "home", "work", "learning",
                                                   "health", "money", "community", "leisure", "other"};
    bool fresh = monday - p.record.opened_on < 28;
    if ((fresh && p.goals.size() < 3 && rng_.chance(0.5)) || rng_.chance(0.01)) {
        Goal g;
        g.person_id = p.record.id;
        g.text = std::string(rng_.pick(words::goals));
        g.area = areas[rng_.weighted({14, 12, 10, 8, 6, 12, 8, 14, 12, 4})];
        g.set_on = day_in(monday, p.record.opened_on);
        if (in_past(g.set_on)) {
            g.id = store::insert_goal(s_.db, g);
            g.status = "active";
            p.goals.push_back(g);
            ++totals_.goals;
        }
    }
    for (auto& g : p.goals) {
        if (g.status != "active" || g.set_on >= monday) continue;
        std::size_t outcome = rng_.weighted({30, 1, 1, 1000});
        if (outcome == 3) continue;
        Date on = day_in(monday, monday);
        if (!in_past(on)) continue;
        g.status = outcome == 0 ? "achieved" : outcome == 1 ? "changed" : "let-go";
        store::set_goal_status(s_.db, g.id, g.status, on);
        store::insert_goal_note(s_.db, g.id, {on, g.status, ""});
    }
}

// Introductions turn into engagement, engagement is sustained, and some connections end.
void Simulation::move_connections(SimPerson& p, Date monday) {
    for (auto& k : p.connections) {
        if (k.status == "ended" || k.changed >= monday) continue;
        double move = k.status == "introduced" ? 0.3 : k.status == "engaged" ? 0.05 : 0.0;
        std::string next = rng_.chance(0.02) ? "ended" : rng_.chance(move) ? (k.status == "introduced" ? "engaged" : "sustained") : "";
        if (next.empty()) continue;
        Date on = day_in(monday, monday);
        if (!in_past(on)) continue;
        store::set_connection_status(s_.db, k.id, next, on);
        k.status = next;
        k.changed = on;
    }
}

void Simulation::contribute(SimPerson& p, Date monday) {
    Contribution t;
    t.person_id = p.record.id;
    t.on = day_in(monday, p.record.opened_on);
    t.hours = rng_.between(2, 8) / 2.0;
    t.asset_id = rng_.pick(coordinators_[std::size_t(p.coordinator)].assets);
    t.what = std::string(rng_.pick(std::array{"Helped at the coffee morning", "Volunteered at the food bank",
                                              "Taught a neighbour to knit", "Fixed bikes at the repair café",
                                              "Gave a lift to the shops"}));
    if (in_past(t.on)) store::insert_contribution(s_.db, t), ++totals_.contributions;
}

void Simulation::connect(SimPerson& p, Date monday) {
    Connection k;
    k.person_id = p.record.id;
    k.status = "introduced";
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
    // Two people are introduced only once both are walked alongside.
    k.made_on = day_in(monday, std::max(p.record.opened_on, peer ? peer->record.opened_on : p.record.opened_on));
    if (!in_past(k.made_on)) return;
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
    x.on = day_in(monday, p.record.opened_on);
    x.quantity = type.unit == "week" ? rng_.between(4, 26) : type.unit == "bed day" ? rng_.between(3, 30) : 1;
    x.unit = type.unit;
    x.unit_cost = type.unit_cost;
    x.budget = type.budget;
    x.source = type.source;
    x.confidence = std::array{"possible", "likely", "certain"}[rng_.weighted({3, 5, 2})];
    x.evidence = "A synthetic example for the demo.";
    if (in_past(x.on)) store::insert_avoided(s_.db, x), ++totals_.avoided;
}

}  // namespace lac::demo_sim
