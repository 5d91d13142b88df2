// lac person timeline: gathering every record about a person into one dated list.
#include "lac/report/timeline.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "lac/domain/people.hpp"
#include "lac/report/views.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/connections.hpp"
#include "lac/store/conversations.hpp"
#include "lac/store/giving.hpp"
#include "lac/store/goals.hpp"
#include "lac/store/people.hpp"
#include "lac/store/wellbeing.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

// The order of kinds within one day: the person's opening first, their closing last.
enum Rank { opened, reopened, transferred, conversation, goal, goal_note, connection, connection_change,
            contribution, avoided, wellbeing, closed, reopened_after_closing, forgotten };

TimelineEntry entry(Date on, Rank rank, long long seq, std::string kind, std::string ref, std::string what,
                    std::string text = "") {
    TimelineEntry e;
    e.on = on;
    e.rank = rank;
    e.seq = seq;
    e.kind = std::move(kind);
    e.ref = std::move(ref);
    e.what = std::move(what);
    e.text = std::move(text);
    return e;
}

// A value of the audit's detail, "reason=moved on=2026-11-20": "" when it has none.
std::string detail_value(const std::string& detail, const std::string& key) {
    for (std::size_t at = 0; at < detail.size();) {
        std::size_t end = std::min(detail.find(' ', at), detail.size());
        if (detail.compare(at, key.size() + 1, key + "=") == 0) return detail.substr(at + key.size() + 1, end - at - key.size() - 1);
        at = end + 1;
    }
    return "";
}

// Closings and reopenings, from the audit trail (a person holds only their last closing):
// each dated as recorded (on=), or else the day it was written. The closing they are in
// now is the person's own.
void add_closings(Session& s, Timeline& t) {
    const Person& p = t.person;
    std::vector<TimelineEntry> found;
    auto audit = store::audit_for(s.db, make_ref(ref::person, p.id));
    for (std::size_t i = 0; i < audit.size(); ++i) {
        const auto& a = audit[i];
        if (a.action != "close" && a.action != "reopen") continue;
        std::string on = detail_value(a.detail, "on");
        auto day = parse_iso_date(on.empty() ? a.at.substr(0, 10) : on);
        if (a.action == "close") {
            std::string reason = detail_value(a.detail, "reason");
            found.push_back(entry(day, closed, (long long)i, "closed", make_ref(ref::person, p.id), reason));
        } else {
            bool same_day = !found.empty() && found.back().kind == "closed" && found.back().on == day;
            found.push_back(entry(day, same_day ? reopened_after_closing : reopened, (long long)i, "reopened",
                                  make_ref(ref::person, p.id), ""));
        }
    }
    if (p.closed_on) {
        if (!found.empty() && found.back().kind == "closed") found.pop_back();
        found.push_back(entry(*p.closed_on, closed, (long long)audit.size(), "closed", make_ref(ref::person, p.id),
                              p.close_reason));
    }
    t.entries.insert(t.entries.end(), found.begin(), found.end());
}

void add_assignments(Session& s, Timeline& t) {
    const Person& p = t.person;
    auto history = store::assignments_of(s.db, p.id);
    std::string pref = make_ref(ref::person, p.id);
    for (std::size_t i = 0; i < history.size(); ++i) {
        const auto& a = history[i];
        auto e = i == 0 ? entry(a.from, opened, 0, "opened", pref,
                                fmt::format("{}, introduced by {}{}", p.support, p.source,
                                            p.area.empty() ? "" : ", " + p.area))
                        : entry(a.from, transferred, (long long)i, "transferred", pref,
                                fmt::format("from {} to {}", history[i - 1].coordinator, a.coordinator));
        e.coordinator = a.coordinator;
        t.entries.push_back(std::move(e));
    }
}

void add_conversations_and_goals(Session& s, Timeline& t) {
    store::ConversationFilter filter;
    filter.person_id = t.person.id;
    filter.forgotten_too = true;
    for (const auto& c : store::list_conversations(s.db, filter)) {
        std::vector<std::string> facts;
        if (c.minutes) facts.push_back(fmt::format("{} min", *c.minutes));
        facts.push_back(c.mode);
        auto e = entry(c.on, conversation, c.id, "conversation", make_ref(ref::conversation, c.id), join(facts, ", "),
                       c.note);
        e.time = c.at_time;
        e.coordinator = c.coordinator;
        t.entries.push_back(std::move(e));
    }
    long long n = 0;
    for (const auto& g : store::list_goals(s.db, t.person.id, "", true, true)) {
        std::string gref = make_ref(ref::goal, g.id);
        t.entries.push_back(entry(g.set_on, goal, g.id, "goal", gref, "set, " + g.area, g.text));
        for (const auto& note : g.notes) {
            bool change = !note.status.empty();
            t.entries.push_back(entry(note.on, goal_note, ++n, change ? "goal-status" : "goal-note", gref,
                                      change ? "→ " + note.status : "progress", note.note));
        }
    }
}

void add_connections(Session& s, Timeline& t) {
    long long n = 0;
    for (const auto& [k, on, status, made] : store::connection_events(s.db, t.person.id)) {
        std::string to = k.person_id == t.person.id
                             ? connection_target(k)
                             : make_ref(ref::person, k.person_id) + (k.person_name.empty() ? "" : " " + k.person_name) +
                                   " (peer, their connection)";
        if (to.empty()) to = k.kind;  // a natural connection's words, erased
        std::string kref = make_ref(ref::connection, k.id);
        t.entries.push_back(made ? entry(on, connection, ++n, "connection", kref, to + ", " + status)
                                 : entry(on, connection_change, ++n, "connection-status", kref, to + " → " + status));
    }
}

void add_giving_and_wellbeing(Session& s, Timeline& t) {
    for (const auto& c : store::contributions_of(s.db, t.person.id, std::nullopt))
        t.entries.push_back(entry(c.on, contribution, c.id, "contribution", make_ref(ref::contribution, c.id),
                                  counted(Cell::num(c.hours).text, "hour", "hours") +
                                      (c.asset_id ? " at " + make_ref(ref::asset, *c.asset_id) + " " + c.asset_name : ""),
                                  c.what));
    for (const auto& x : store::avoided_of(s.db, t.person.id))
        t.entries.push_back(entry(x.on, avoided, x.id, "avoided", make_ref(ref::avoided, x.id),
                                  avoided_value_line(x) + ", " + x.confidence, x.evidence));
    store::GivingFilter filter;
    filter.person_id = t.person.id;
    for (const auto& w : store::list_wellbeing(s.db, filter))
        t.entries.push_back(
            entry(w.on, wellbeing, w.id, "wellbeing", make_ref(ref::wellbeing, w.id), wellbeing_words(w), w.note));
}

}  // namespace

Timeline person_timeline(Session& s, std::string_view who) {
    Timeline t;
    s.db.read([&] {
        t = {};  // afresh, should the read be run again (Db::read)
        t.person = find_person_or_tombstone(s, who);
        add_assignments(s, t);
        add_conversations_and_goals(s, t);
        add_connections(s, t);
        add_giving_and_wellbeing(s, t);
        add_closings(s, t);
        if (t.person.forgotten_on)
            t.entries.push_back(entry(*t.person.forgotten_on, forgotten, 0, "forgotten",
                                      make_ref(ref::person, t.person.id), "name and words erased"));
    });
    std::stable_sort(t.entries.begin(), t.entries.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        // Conversations by their time of day: one without a time after those with one.
        auto time = [](const TimelineEntry& e) { return e.time.empty() ? std::string("~") : e.time; };
        return std::make_tuple(a.on, a.rank, time(a), a.seq) < std::make_tuple(b.on, b.rank, time(b), b.seq);
    });
    return t;
}

}  // namespace lac
