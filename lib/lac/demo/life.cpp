// What happens in a week of a person's life in the demo: conversations, goals set and
// reached, connections made and moving on, contributions, wellbeing check-ins
// (wellbeing.cpp), and crises that did not happen.
#include <array>

#include <fmt/format.h>

#include "lac/demo/names.hpp"
#include "lac/demo/sim.hpp"
#include "lac/store/connections.hpp"
#include "lac/store/conversations.hpp"
#include "lac/store/giving.hpp"
#include "lac/store/goals.hpp"

namespace lac::demo_sim {

namespace words = demo_words;

void Simulation::talk(SimPerson& p, Date monday) {
    static const std::vector<std::string> modes = {"in-person", "home-visit", "community", "phone", "video", "message"};
    // About half an hour on average, so about 24 hours of a coordinator's week go on them.
    static const int minutes_by_mode[][2] = {{20, 60}, {30, 75}, {20, 60}, {5, 30}, {10, 40}, {1, 10}};
    Date last = p.last_seen.value_or(p.record.opened_on - 7);
    if (monday - last < 7 * p.rhythm - 6 && p.last_seen) return;
    int talks = rng_.chance(0.95) ? 1 : 0;
    if (talks && rng_.chance(0.16)) talks = 2;
    for (int i = 0; i < talks; ++i) {
        Conversation c;
        c.person_id = p.record.id;
        std::size_t mode = rng_.weighted({25, 12, 13, 28, 5, 17});
        c.mode = modes[mode];
        c.minutes = rng_.between(minutes_by_mode[mode][0], minutes_by_mode[mode][1]);
        Date not_before = std::max(p.record.opened_on, p.last_seen.value_or(p.record.opened_on));
        c.on = day_in(monday, not_before);
        int by = p.coordinator;
        // Now and then a colleague covers.
        if (rng_.chance(0.03)) {
            int other = std::clamp(p.coordinator + (rng_.chance(0.5) ? 1 : -1), 0, int(coordinators_.size()) - 1);
            if (coordinators_[std::size_t(other)].team == coordinators_[std::size_t(by)].team) by = other;
        }
        auto& coordinator = coordinators_[std::size_t(by)];
        c.coordinator_id = coordinator.record.id;
        // A message can be sent any day; anything else needs a free slot in the diary on a
        // working day, that day or later in the week, or it does not happen this week.
        if (c.mode != "message") {
            Date weekday = std::max(monday + rng_.between(0, 4), not_before);
            auto slot = book(coordinator, weekday, monday + 4, *c.minutes);
            if (!slot) return;
            c.on = slot->first;
            if (rng_.chance(0.8)) c.at_time = fmt::format("{:02}:{:02}", slot->second / 60, slot->second % 60);
        }
        if (!in_past(c.on)) return;
        c.note = note_for(c.mode);
        store::insert_conversation(s_.db, c);
        p.last_seen = c.on;
        ++totals_.conversations;
    }
}

// The first day from `day` to `last` with a quarter hour between 9:00 and 16:30 from which
// the coordinator is free for `minutes`, and that start in minutes from midnight; a few
// random tries a day.
std::optional<std::pair<Date, int>> Simulation::book(SimCoordinator& c, Date day, Date last, int minutes) {
    for (; day <= last; day = day + 1)
        for (int tries = 0; tries < 6; ++tries) {
            int from = rng_.between(9 * 4, 16 * 4 + 2) * 15, to = from + minutes;
            bool clash = std::any_of(c.diary.begin(), c.diary.end(),
                                     [&](const Booked& b) { return b.day == day && from < b.to && b.from < to; });
            if (clash) continue;
            c.diary.push_back({day, from, to});
            return std::pair{day, from};
        }
    return std::nullopt;
}

// A message says what was sent; a spoken conversation what was talked about, or where.
std::string Simulation::note_for(const std::string& mode) {
    if (mode != "message" && rng_.chance(0.7)) return std::string(rng_.pick(words::notes));
    std::vector<std::string_view> fitting;
    for (const auto& n : words::mode_notes)
        if (n.tag == mode) fitting.push_back(n.text);
    return std::string(rng_.pick(fitting));
}

void Simulation::grow(SimPerson& p, Date monday) {
    set_goals(p, monday);
    if (rng_.chance(0.07)) connect(p, monday);
    move_connections(p, monday);
    if (rng_.chance(0.05)) contribute(p, monday);
    check_in(p, monday);
}

// A few goals in the first weeks (one for an introduction), now and then another; most
// reached in time. A goal's words fit its life area, and no one holds the same goal twice.
void Simulation::set_goals(SimPerson& p, Date monday) {
    static const std::vector<std::string> areas = {"friends", "family", "home", "work", "learning",
                                                   "health", "money", "community", "leisure", "other"};
    bool fresh = monday - p.record.opened_on < 28;
    std::size_t first_goals = p.record.support == "introduction" ? 1 : 3;
    bool aimless = std::none_of(p.goals.begin(), p.goals.end(), [](const Goal& g) { return g.status == "active"; });
    bool walking = p.record.support == "walking-alongside";
    if ((fresh && p.goals.size() < first_goals && rng_.chance(0.5)) || (walking && aimless && rng_.chance(0.25)) ||
        (walking && rng_.chance(0.01))) {
        Goal g;
        g.person_id = p.record.id;
        g.area = areas[rng_.weighted({14, 12, 10, 8, 6, 12, 8, 14, 12, 4})];
        g.set_on = day_in(monday, p.record.opened_on);
        std::vector<std::string_view> fitting;
        for (const auto& t : words::goals)
            if (t.area == g.area && fits(t, p, g.set_on)) fitting.push_back(t.text);
        if (!fitting.empty() && in_past(g.set_on)) {
            g.text = std::string(rng_.pick(fitting));
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
        if (in_past(on)) close_goal(g, outcome == 0 ? "achieved" : outcome == 1 ? "changed" : "let-go", on);
    }
}

// Whether a goal is one this person might set on this day: their age, the season, and not
// one they have had before.
bool Simulation::fits(const demo_words::GoalTemplate& t, const SimPerson& p, Date on) {
    if (p.record.birth_year && (*p.record.birth_year < t.born_from || *p.record.birth_year > t.born_by)) return false;
    if (t.summer && to_iso(on).substr(5, 2) > "06") return false;
    return std::none_of(p.goals.begin(), p.goals.end(), [&](const Goal& g) { return g.text == t.text; });
}

void Simulation::close_goal(Goal& g, const std::string& status, Date on) {
    g.status = status;
    store::set_goal_status(s_.db, g.id, status, on);
    store::insert_goal_note(s_.db, g.id, {on, status, ""});
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

void Simulation::end_connection(SimConnection& k, Date on) {
    if (k.status == "ended") return;
    k.status = "ended";
    k.changed = std::max(on, k.changed);  // a change is never dated before the last one
    store::set_connection_status(s_.db, k.id, k.status, k.changed);
}

// When someone dies, their connections end, and so do those of people in their team who
// were connected with them as a peer.
void Simulation::end_connections_with(const SimPerson& p, Date on) {
    const std::string with = fmt::format("peer {}", p.record.id);
    int team = coordinators_[std::size_t(p.coordinator)].team;
    for (auto& c : coordinators_) {
        if (c.team != team) continue;
        for (int index : c.people)
            for (auto& k : people_[std::size_t(index)].connections)
                if (k.with == with) end_connection(k, on);
    }
}

void Simulation::contribute(SimPerson& p, Date monday) {
    Contribution t;
    t.person_id = p.record.id;
    t.hours = rng_.between(2, 8) / 2.0;
    // Given at an asset only where the person goes (an open connection), else to a neighbour.
    struct Chance {
        const demo_words::ContributionTemplate* given;
        std::optional<int64_t> asset;
        Date not_before;
    };
    std::vector<Chance> at_assets, to_neighbours;
    for (const auto& given : words::contributions) {
        if (given.asset.empty()) to_neighbours.push_back({&given, std::nullopt, p.record.opened_on});
        for (const auto& k : p.connections)
            if (k.asset >= 0 && k.status != "ended" && words::assets[std::size_t(k.asset)].name == given.asset)
                at_assets.push_back({&given, k.asset_id, k.changed});  // not before it was made
    }
    // Mostly where they go, when they go somewhere that takes volunteers.
    const Chance& chance = !at_assets.empty() && rng_.chance(0.7) ? rng_.pick(at_assets) : rng_.pick(to_neighbours);
    t.what = std::string(chance.given->what);
    t.asset_id = chance.asset;
    t.on = day_in(monday, chance.not_before);
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
    int asset = -1;
    if (kind == 0) {
        asset = rng_.between(0, int(coordinator.assets.size()) - 1);
        k.kind = "asset", k.asset_id = coordinator.assets[std::size_t(asset)];
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
    p.connections.push_back({store::insert_connection(s_.db, k), with, "introduced", k.made_on, asset,
                             k.asset_id.value_or(0)});
    ++totals_.connections;
}

void Simulation::avoid(int c, Date monday) {
    auto& coordinator = coordinators_[std::size_t(c)];
    if (coordinator.people.empty() || !rng_.chance(0.75)) return;
    SimPerson& p = people_[std::size_t(rng_.pick(coordinator.people))];
    // Only types with a cost: a site sets its own for the rest (safeguarding ships at 0).
    bool late_life = p.record.birth_year && year_of(monday) - *p.record.birth_year >= 65;
    std::vector<const CrisisType*> types;
    for (const auto& t : s_.config.crisis_types) {
        bool of_late_life = std::find(words::late_life_crises.begin(), words::late_life_crises.end(), t.name) !=
                            words::late_life_crises.end();
        if (t.unit_cost > 0 && (late_life || !of_late_life)) types.push_back(&t);
    }
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
    x.evidence = std::string(words::other_evidence);
    for (const auto& e : words::evidence)
        if (e.tag == type.name) x.evidence = std::string(e.text);
    if (in_past(x.on)) store::insert_avoided(s_.db, x), ++totals_.avoided;
}

}  // namespace lac::demo_sim
