// The importers of history: a person's assignments, a goal's notes and a connection's status
// changes. None has a reference of its own; each row belongs to its owner and is known by
// its date and its order among the owner's rows of that date. An owner this import added
// takes the file's history whole, in place of the one row written with it; an owner that was
// here already gains the rows it lacks, and a row that differs is reported, or with
// --update corrected.
#include <fmt/format.h>

#include "lac/import/cells.hpp"
#include "lac/domain/team.hpp"
#include "lac/domain/validate.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/connections.hpp"
#include "lac/store/coordinators.hpp"
#include "lac/store/goals.hpp"
#include "lac/store/history.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace lac::importers {
namespace {

using store::History;
using store::HistoryRow;

struct Owner {
    int64_t id = 0;
    std::string ref;  // P12, G3, K5
    bool is_new = false;
    const char* row_name;  // "assignment", "goal note", "connection change"
};

Outcome replay(Session& s, const ImportRow& row, History kind, const Owner& owner, HistoryRow r,
               const std::function<std::string(const HistoryRow&)>& describe) {
    auto& memo = row.memo();
    std::string key = fmt::format("{}:{}", int(kind), owner.id);
    if (owner.is_new && memo.replaying.insert(key).second) store::clear_history(s.db, kind, owner.id);
    std::size_t nth = std::size_t(memo.seen_on_day[key + ":" + to_iso(r.on)]++);
    std::string which = fmt::format("{}'s {} of {}{}", owner.ref, owner.row_name, to_iso(r.on),
                                    nth ? fmt::format(" (its {} that day)", nth + 1) : "");
    Outcome outcome = Outcome::added;
    if (!owner.is_new) {
        auto here = store::history_on(s.db, kind, owner.id, r.on);
        if (nth < here.size()) {
            const HistoryRow& h = here[nth];
            if (h.coordinator_id == r.coordinator_id && h.status == r.status && h.note == r.note)
                return Outcome::already;
            std::string file = describe(r), held = describe(h);
            if (!memo.update) throw Differs{fmt::format("{} is {} in the file, {} here", which, file, held)};
            r.id = h.id;
            store::update_history(s.db, kind, r);
            store::audit(s.db, "edit", owner.row_name, owner.ref, fmt::format("{}: was {}", to_iso(r.on), held));
            outcome = Outcome::updated;
        }
    }
    if (outcome == Outcome::added) {
        store::insert_history(s.db, kind, owner.id, r);
        store::audit(s.db, "import", owner.row_name, owner.ref, to_iso(r.on));
    }
    if (kind == History::assignments) store::rechain_assignments(s.db, owner.id);
    return outcome;
}

// The row's date: given, not in the future and not before its owner began.
Date history_date(const Session& s, const ImportRow& row, Date begun, const char* begun_name) {
    auto on = date_cell(row, "date");
    if (!on) throw DataError("give the date");
    check_not_future(*on, s.today, "date");
    if (*on < begun) throw DataError(fmt::format("the date comes before the {} ({})", begun_name, to_iso(begun)));
    return *on;
}

}  // namespace

Outcome assignment(Session& s, const ImportRow& row) {
    const Person& p = person_in(s, row, row.text("person"));
    std::string handle = trim(row.text("coordinator"));
    auto& known = row.memo().coordinators;
    auto found = known.find(handle);
    if (found == known.end()) found = known.emplace(handle, require_coordinator(s, handle)).first;
    auto from = date_cell(row, "from_on");
    if (!from) throw DataError("give from_on, the day the coordinator began walking alongside them");
    check_not_future(*from, s.today, "from_on");
    if (*from < p.opened_on) throw DataError(fmt::format("from_on comes before opened_on ({})", to_iso(p.opened_on)));
    // to_on is the day the next assignment began: lac works it out again, so it is not read.
    HistoryRow r;
    r.on = *from;
    r.coordinator_id = found->second.id;
    Owner owner{p.id, make_ref(ref::person, p.id), row.memo().new_people.count(p.id) > 0, "assignment"};
    if (p.forgotten_on && !owner.is_new) {
        // Only compared: a forgotten person's history gains nothing after erasure.
        auto here = store::history_on(s.db, History::assignments, p.id, r.on);
        if (here.empty()) may_add_for(row, p);
    }
    return replay(s, row, History::assignments, owner, r, [&](const HistoryRow& h) {
        auto c = store::coordinator_by_id(s.db, h.coordinator_id);
        return c ? fmt::format("'{}'", c->handle) : std::string("another coordinator");
    });
}

Outcome goal_note(Session& s, const ImportRow& row) {
    int64_t id = require_ref(trim(row.text("goal")), ref::goal, "goal");
    auto goal = store::goal_by_id(s.db, id);
    if (!goal) throw DataError(fmt::format("there is no goal G{} here; import the goals first", id));
    HistoryRow r;
    r.on = history_date(s, row, goal->set_on, "goal's set_on");
    if (row.has("status")) r.status = check_word(row.text("status"), goal_statuses, "status");
    r.note = check_text(row.text("note"), "note", 64 * 1024, true);
    Owner owner{id, make_ref(ref::goal, id), row.memo().new_goals.count(id) > 0, "goal note"};
    return replay(s, row, History::goal_notes, owner, r, [](const HistoryRow& h) {
        std::string said = h.status.empty() ? std::string("a note") : fmt::format("'{}'", h.status);
        if (!h.note.empty()) said += fmt::format(" noting '{}'", h.note.size() > 40 ? h.note.substr(0, 40) + "…" : h.note);
        return said;
    });
}

Outcome connection_change(Session& s, const ImportRow& row) {
    int64_t id = require_ref(trim(row.text("connection")), ref::connection, "connection");
    auto k = store::connection_by_id(s.db, id);
    if (!k) throw DataError(fmt::format("there is no connection K{} here; import the connections first", id));
    HistoryRow r;
    r.on = history_date(s, row, k->made_on, "connection's made_on");
    r.status = check_word(row.text("status"), connection_statuses, "status");
    Owner owner{id, make_ref(ref::connection, id), row.memo().new_connections.count(id) > 0, "connection change"};
    return replay(s, row, History::connection_changes, owner, r,
                  [](const HistoryRow& h) { return fmt::format("'{}'", h.status); });
}

}  // namespace lac::importers
