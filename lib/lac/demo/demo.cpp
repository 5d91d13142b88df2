#include "lac/demo/demo.hpp"

#include <string>

#include <fmt/format.h>

#include "lac/demo/names.hpp"
#include "lac/demo/sim.hpp"
#include "lac/util/errors.hpp"
#include "lac/store/assets.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/copy.hpp"
#include "lac/store/coordinators.hpp"
#include "lac/store/db.hpp"
#include "lac/store/people.hpp"
#include "lac/domain/copy.hpp"
#include "lac/domain/team.hpp"
#include "lac/util/text.hpp"
#include "lac/domain/validate.hpp"

namespace lac {
namespace demo_sim {

namespace words = demo_words;

// Teams of about ten (8–12 wherever the number allows), as even as they can be, so no team
// is a remainder of one or two. The first takes the name given to lac init, if any.
void Simulation::make_teams() {
    int teams = std::max(1, (r_.coordinators + 5) / 10);
    std::string named = default_team(s_);
    int team = -1, in_team = 0;
    std::string place;
    for (int i = 0; i < r_.coordinators; ++i) {
        if (int t = int(int64_t(i) * teams / r_.coordinators); t != team) {
            team = t, in_team = 0;
            place = std::string(words::places[std::size_t(team) % words::places.size()]);
            if (team >= int(words::places.size())) place += fmt::format(" {}", team / int(words::places.size()) + 1);
            if (!named.empty()) place = team == 0 ? named : place == named ? place + " 2" : place;
        }
        std::string first(words::first_names[std::size_t(i) % words::first_names.size()]);
        SimCoordinator c;
        for (char ch : fold_name(first))  // Zoë is zoe
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
            a.notes = std::string(t.notes);
            a.contact = fmt::format("{}{:03}", words::drama_phone, rng_.between(0, 999));
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
    if (rng_.chance(0.6)) {
        p.record.gifts = std::string(rng_.pick(words::gifts));
        if (const auto& more = rng_.pick(words::gifts); rng_.chance(0.4) && more != p.record.gifts)
            p.record.gifts += ", " + std::string(more);
    }
    p.coordinator = c;
    p.rhythm = rng_.chance(0.06) ? rng_.between(4, 7) : 1;
    p.record.id = store::insert_person(s_.db, p.record);  // assigned to `coordinator` from `on`
    people_.push_back(std::move(p));
    coordinator.people.push_back(int(people_.size()) - 1);
    ++totals_.people;
    return int(people_.size()) - 1;
}

// A closure settles the person's goals: "goals-met" only with a goal reached (the last
// one, reached now, if none was before), and whatever is still active is let go.
void Simulation::close_person(SimPerson& p, Date on, std::string reason) {
    Date closed = std::max(on, p.last_seen.value_or(p.record.opened_on));
    auto active = std::find_if(p.goals.begin(), p.goals.end(), [](const Goal& g) { return g.status == "active"; });
    bool reached = std::any_of(p.goals.begin(), p.goals.end(), [](const Goal& g) { return g.status == "achieved"; });
    if (reason == "goals-met" && !reached) {
        if (active == p.goals.end()) reason = "other";
        else close_goal(*active, "achieved", closed);
    }
    for (auto& g : p.goals)
        if (g.status == "active") close_goal(g, "let-go", closed);
    if (reason == "died") {
        for (auto& k : p.connections) end_connection(k, closed);
        end_connections_with(p, closed);
    }
    p.record.status = "closed";
    p.record.closed_on = closed;
    p.record.close_reason = reason;
    store::update_person(s_.db, p.record);
    // Nothing looks at a closed person's goals or connections again: at national scale their
    // memory adds up.
    std::vector<Goal>().swap(p.goals);
    std::vector<SimConnection>().swap(p.connections);
    auto& held = coordinators_[std::size_t(p.coordinator)].people;
    held.erase(std::find(held.begin(), held.end(), int(&p - people_.data())));
}

// People move on: about a year of walking alongside, on average; introductions after weeks.
void Simulation::move_on(int c, Date monday) {
    static const std::vector<std::string> reasons = {"goals-met", "moved", "declined", "services", "died", "other"};
    for (int index : std::vector<int>(coordinators_[std::size_t(c)].people)) {
        SimPerson& p = people_[std::size_t(index)];
        bool intro = p.record.support == "introduction";
        if (monday - p.record.opened_on < 7 || !rng_.chance(intro ? 0.3 : 1.0 / 52)) continue;
        Date on = day_in(monday, monday);
        if (!in_past(on)) continue;
        // An introduction mostly ends with its question answered; some find it was not for them.
        close_person(p, on, intro ? reasons[rng_.weighted({70, 5, 10, 10, 0, 5})]
                                  : reasons[rng_.weighted({45, 15, 10, 15, 5, 10})]);
    }
}

// Now and then someone moves to a colleague in the team.
void Simulation::transfer(int c, Date monday) {
    auto& held = coordinators_[std::size_t(c)].people;
    if (!rng_.chance(0.03) || held.empty() || !in_past(monday)) return;
    int other = std::clamp(c + (rng_.chance(0.5) ? 1 : -1), 0, int(coordinators_.size()) - 1);
    int index = rng_.pick(held);
    SimPerson& p = people_[std::size_t(index)];
    if (other == c || coordinators_[std::size_t(other)].team != coordinators_[std::size_t(c)].team ||
        p.record.opened_on >= monday || p.record.support != "walking-alongside")
        return;
    auto& to = coordinators_[std::size_t(other)];
    store::transfer_person(s_.db, p.record.id, to.record.id, monday);
    held.erase(std::find(held.begin(), held.end(), index));
    to.people.push_back(index);
    p.coordinator = other;
}

void Simulation::week_for(int c, Date monday) {
    auto& diary = coordinators_[std::size_t(c)].diary;
    diary.erase(std::remove_if(diary.begin(), diary.end(), [&](const Booked& b) { return b.day < monday; }),
                diary.end());
    move_on(c, monday);
    transfer(c, monday);
    int walking = 0;
    for (int index : coordinators_[std::size_t(c)].people) walking += people_[std::size_t(index)].record.support == "walking-alongside";
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
    reflect(c, monday);
}

DemoTotals Simulation::run(const Progress& progress) {
    Date first = monday_of(iso_week(s_.today)) - 7 * (r_.weeks - 1);
    // Everything the simulation writes, whose indexes it never reads through (assignments it
    // does: a transfer ends the current one).
    static const std::vector<std::string> bulk = {"person", "conversation", "goal", "goal_note", "connection",
                                                  "connection_change", "contribution", "avoided",
                                                  "person_name_part", "asset_name_part"};
    s_.db.bulk_fill(bulk, [&] {
        make_teams();
        // The opening caseload: people met over the year before the first week.
        for (int c = 0; c < int(coordinators_.size()); ++c)
            for (int i = 0; i < coordinators_[std::size_t(c)].target; ++i)
                open_person(c, first - rng_.between(7, 365), "walking-alongside");
        for (int w = 0; w < r_.weeks; ++w) {
            for (int c = 0; c < int(coordinators_.size()); ++c) week_for(c, first + 7 * w);
            progress("filling", w + 1, r_.weeks, "weeks");
        }
        audit_made();
        progress("building the indexes");  // which bulk_fill does now; minutes at national scale
    });
    return totals_;
}

// The request, then what the fill made: a row per kind of record with its count, and one
// per team, with its name and its number of coordinators, so that the trail says which
// records and teams are made up.
void Simulation::audit_made() {
    const std::string& database = database_;
    store::audit(s_.db, "demo", "database", database,
                 fmt::format("coordinators={} weeks={} seed={}", r_.coordinators, r_.weeks, r_.seed));
    for (const auto& [table, count] : store::record_counts(s_.db))
        if (count > 0) store::audit(s_.db, "demo", table, database, fmt::format("count={}", count));
    std::vector<std::pair<std::string, int>> teams;  // in the order they were made
    for (const auto& c : coordinators_) {
        if (teams.empty() || teams.back().first != c.record.team) teams.emplace_back(c.record.team, 0);
        ++teams.back().second;
    }
    for (const auto& [team, coordinators] : teams)
        store::audit(s_.db, "demo", "team", database, fmt::format("team={} coordinators={}", team, coordinators));
}

}  // namespace demo_sim

void check_demo_request(const DemoRequest& r) {
    // The same checks, and messages, as for the options typed on the command line.
    read_demo_request(std::to_string(r.coordinators), std::to_string(r.weeks), std::to_string(r.seed));
}

DemoRequest read_demo_request(std::string_view coordinators, std::string_view weeks, std::string_view seed) {
    DemoRequest r;
    r.coordinators = check_int(coordinators, "--coordinators", 1, max_demo_coordinators);
    r.weeks = check_int(weeks, "--weeks", 1, max_demo_weeks);
    r.seed = check_int(seed, "--seed", 0, max_demo_seed);
    return r;
}

namespace {

const char* const only_empty = "lac demo fills only an empty database, so that made-up people never mix with real "
                               "ones; pass --db NEW.db";

// On a PostgreSQL server the demo is made in a private scratch SQLite file, where it takes
// a minute or two at national scale, and then copied in whole with COPY (fill_in_scratch):
// all of it one transaction of the server's, as the demo is one of a file's.
DemoTotals fill_demo_on_server(Session& s, const DemoRequest& r, const Progress& progress) {
    DemoTotals totals;
    s.db.write([&] {
        // Only meta and the trail go back and forth: any other row (a reflection, made
        // without people) would come back a second time.
        if (store::holds_rows(s.db, "audit")) throw DataError(only_empty);
        fill_in_scratch(s, "demo", [&](Session& made) {
            demo_sim::Simulation sim(made, r, s.db.name());
            totals = sim.run(progress);
        }, progress);
    });
    return totals;
}

}  // namespace

DemoTotals fill_demo(Session& s, const DemoRequest& r, const Progress& progress) {
    check_demo_request(r);
    bool holds = false;
    s.db.read([&] { holds = store::holds_records(s.db); });
    if (holds) throw DataError(only_empty);
    if (s.db.on_server()) return fill_demo_on_server(s, r, progress);
    s.db.expect_bulk_writes();
    demo_sim::Simulation sim(s, r, s.db.name());
    return sim.run(progress);
}

}  // namespace lac
