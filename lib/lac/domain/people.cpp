#include "lac/domain/people.hpp"

#include <fmt/format.h>

#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/connections.hpp"
#include "lac/store/conversations.hpp"
#include "lac/store/giving.hpp"
#include "lac/store/wellbeing.hpp"
#include "lac/store/goals.hpp"
#include "lac/store/people.hpp"
#include "lac/domain/team.hpp"
#include "lac/util/text.hpp"
#include "lac/domain/validate.hpp"

namespace lac {
namespace {

Coordinator active_coordinator(Session& s, const std::string& handle) {
    Coordinator c = require_coordinator(s, handle);
    if (!c.active)
        throw DataError(fmt::format("'{}' is retired; choose an active coordinator (lac coordinator list)", handle));
    return c;
}

// An earlier opening date must still come before everything recorded about the person.
void check_opening_date(Session& s, const Person& p) {
    auto history = store::assignments_of(s.db, p.id);
    if (history.size() > 1 && p.opened_on > history[1].from)
        throw DataError(fmt::format("P{} was transferred on {}; the opening date must come before it", p.id,
                                    to_iso(history[1].from)));
    if (auto first = store::event_span(s.db, p.id).first; first && p.opened_on > *first)
        throw DataError(fmt::format("P{} has a record dated {}; the opening date must be on or before it",
                                    p.id, to_iso(*first)));
    if (p.closed_on && p.opened_on > *p.closed_on)
        throw DataError(fmt::format("P{} was closed on {}; the opening date must be on or before it", p.id,
                                    to_iso(*p.closed_on)));
    store::move_first_assignment(s.db, p.id, p.opened_on);
}

}  // namespace

Person new_person(const Session& s) {
    Person p;
    p.source = "self";
    p.support = "walking-alongside";
    p.status = "active";
    p.opened_on = s.today;
    return p;
}

std::vector<std::string> check_person_fields(const Session& s, Person& p, const PersonFields& f, Naming naming) {
    std::vector<std::string> changed;
    auto mark = [&](bool given, const char* field) {
        if (given) changed.push_back(field);
    };
    if (f.name) {
        p.name = check_name(*f.name, named(naming, "person's name", "name"));
        // A name that reads as a reference could never be found by it: P5 or 12 means the record.
        if (parse_ref(trim(p.name), ref::person))
            throw DataError(fmt::format("'{}' reads as a reference, not a name; give the name they like to be "
                                        "called by", p.name));
    }
    mark(bool(f.name), "name");
    if (f.area) p.area = check_text(*f.area, "area", 100);
    mark(bool(f.area), "area");
    if (f.source)
        p.source = check_word(*f.source, s.config.sources, named(naming, "source (who introduced them)", "source"));
    mark(bool(f.source), "source");
    if (f.support) p.support = check_word(*f.support, supports, "support level");
    mark(bool(f.support), "support");
    if (f.gifts) p.gifts = check_text(*f.gifts, named(naming, "gifts and skills", "gifts"), 1000);
    mark(bool(f.gifts), "gifts");
    if (f.birth_year) {
        if (f.birth_year->empty())
            p.birth_year.reset();
        else
            p.birth_year = check_int(*f.birth_year, named(naming, "the year of birth", "birth_year"), 1900,
                                     year_of(s.today));
    }
    mark(bool(f.birth_year), "birth_year");
    if (f.opened_on) {
        check_not_future(*f.opened_on, s.today, "opening date");
        p.opened_on = *f.opened_on;
    }
    mark(bool(f.opened_on), "opened_on");
    if (f.next_on) p.next_on = *f.next_on;
    mark(bool(f.next_on), "next_on");
    return changed;
}

void check_next_on(const Person& p, Naming naming) {
    if (!p.next_on) return;
    if (p.forgotten_on) throw DataError("a forgotten person has no next contact; leave next_on empty");
    if (p.status == "closed") {
        if (naming == Naming::column) throw DataError("a closed person has no next_on; leave it empty");
        throw DataError(fmt::format("P{} is closed, so no contact is due; 'lac person reopen P{}' first", p.id, p.id));
    }
    if (*p.next_on < p.opened_on)
        throw DataError(fmt::format("the {} {} comes before the opening on {}",
                                    named(naming, "next contact", "next_on"), to_iso(*p.next_on), to_iso(p.opened_on)));
}

void check_event_date(const Person& p, Date day, Date today, std::string_view what) {
    check_not_future(day, today, what);
    if (day < p.opened_on)
        throw DataError(fmt::format("P{} was opened on {}; the {} cannot come before that", p.id,
                                    to_iso(p.opened_on), what));
    if (p.closed_on && day > *p.closed_on)
        throw DataError(fmt::format("P{} was closed on {}; 'lac person reopen P{}' to record anything later", p.id,
                                    to_iso(*p.closed_on), p.id));
}

Person add_person(Session& s, const PersonFields& fields, const std::string& coordinator) {
    if (!fields.name) throw UsageError("a person needs a name");
    Person p = new_person(s);
    check_person_fields(s, p, fields, Naming::described);
    s.db.write([&] {
        std::string handle = coordinator.empty() ? s.db.actor() : coordinator;
        if (coordinator.empty() && !store::find_coordinator(s.db, handle))
            throw DataError(fmt::format("you ('{}') are not a coordinator here; pass --coordinator HANDLE "
                                        "(see 'lac coordinator list') or --as HANDLE", handle));
        Coordinator c = active_coordinator(s, handle);
        p.coordinator_id = c.id;
        p.coordinator = c.handle;
        p.id = store::insert_person(s.db, p);
        store::audit(s.db, "add", "person", make_ref(ref::person, p.id), "coordinator=" + c.handle);
    });
    return p;
}

std::vector<Person> namesakes(Session& s, const Person& person) {
    std::vector<Person> out;
    s.db.read([&] {
        out.clear();  // afresh, should the read be run again (Db::read)
        for (auto& p : store::people_named(s.db, fold_name(person.name)))
            if (p.id != person.id) out.push_back(std::move(p));
    });
    return out;
}

Person edit_person(Session& s, std::string_view who, const PersonFields& fields) {
    Person p;
    s.db.write([&] {
        p = find_person(s, who);
        auto changed = check_person_fields(s, p, fields, Naming::described);
        if (changed.empty())
            throw UsageError("nothing to change; pass --name, --area, --source, --support, --gifts, "
                             "--birth-year, --opened-on or --next");
        check_next_on(p, Naming::described);
        if (fields.opened_on) check_opening_date(s, p);
        store::update_person(s.db, p);
        store::audit(s.db, "edit", "person", make_ref(ref::person, p.id), join(changed, ","));
    });
    return p;
}

Person close_person(Session& s, std::string_view who, const std::string& reason, std::optional<Date> on) {
    Person p;
    std::string why = check_word(reason, close_reasons, "close reason");
    Date day = on.value_or(s.today);
    check_not_future(day, s.today, "closing date");
    s.db.write([&] {
        p = find_person(s, who);
        if (p.status == "closed")
            throw DataError(fmt::format("P{} was already closed on {}; 'lac person reopen P{}' first to change it",
                                        p.id, to_iso(*p.closed_on), p.id));
        if (day < p.opened_on)
            throw DataError(fmt::format("P{} was opened on {}; close them on or after it", p.id, to_iso(p.opened_on)));
        if (auto last = store::event_span(s.db, p.id).last; last && *last > day)
            throw DataError(fmt::format("P{} has a record dated {}; close them on or after it", p.id, to_iso(*last)));
        p.status = "closed";
        p.closed_on = day;
        p.close_reason = why;
        // No one is due to a closed person: the next contact meant goes with the closing.
        std::string cleared = p.next_on ? " next_on=" + to_iso(*p.next_on) + " cleared" : "";
        p.next_on.reset();
        store::update_person(s.db, p);
        store::audit(s.db, "close", "person", make_ref(ref::person, p.id), "reason=" + why + " on=" + to_iso(day) + cleared);
    });
    return p;
}

Person reopen_person(Session& s, std::string_view who) {
    Person p;
    s.db.write([&] {
        p = find_person(s, who);
        if (p.status != "closed") throw DataError(fmt::format("P{} is not closed", p.id));
        p.status = "active";
        p.closed_on.reset();
        p.close_reason.clear();
        store::update_person(s.db, p);
        store::audit(s.db, "reopen", "person", make_ref(ref::person, p.id), "on=" + to_iso(s.today));
    });
    return p;
}

Person transfer_person(Session& s, std::string_view who, const std::string& to, std::optional<Date> on) {
    Person p;
    Date day = on.value_or(s.today);
    check_not_future(day, s.today, "transfer date");
    s.db.write([&] {
        p = find_person(s, who);
        if (p.status == "closed")
            throw DataError(fmt::format("P{} is closed; 'lac person reopen P{}' first", p.id, p.id));
        Coordinator next = active_coordinator(s, to);
        if (next.id == p.coordinator_id)
            throw DataError(fmt::format("P{} is already with '{}'", p.id, next.handle));
        auto history = store::assignments_of(s.db, p.id);
        if (!history.empty() && day < history.back().from)
            throw DataError(fmt::format("P{} has been with '{}' since {}; transfer on or after it", p.id,
                                        history.back().coordinator, to_iso(history.back().from)));
        store::transfer_person(s.db, p.id, next.id, day);
        store::audit(s.db, "transfer", "person", make_ref(ref::person, p.id),
                     fmt::format("from={} to={} on={}", p.coordinator, next.handle, to_iso(day)));
        p.coordinator_id = next.id;
        p.coordinator = next.handle;
    });
    return p;
}

std::vector<Person> list_people(Session& s, const PeopleQuery& query) {
    std::vector<Person> out;
    store::PeopleFilter filter;
    if (!query.status.empty()) filter.status = check_word(query.status, person_statuses, "status");
    filter.area = query.area;
    s.db.read([&] {
        if (!query.coordinator.empty()) filter.coordinator_id = require_coordinator(s, query.coordinator).id;
        out = store::list_people(s.db, filter);
    });
    return out;
}

PersonRecord person_record(Session& s, std::string_view who, int recent_limit) {
    PersonRecord r;
    s.db.read([&] {
        r = {};  // afresh, should the read be run again (Db::read): some parts are read for some people only
        // A forgotten person is shown as their tombstone: what happened, without a word.
        r.person = find_person_or_tombstone(s, who);
        r.history = store::assignments_of(s.db, r.person.id);
        r.conversation_count = store::conversation_count(s.db, r.person.id);
        if (r.person.forgotten_on) {
            r.kept = store::record_counts(s.db, r.person.id);
            return;
        }
        r.recent = store::conversations_of(s.db, r.person.id, recent_limit);
        r.goals = store::list_goals(s.db, r.person.id, "", true);
        r.connections = store::list_connections(s.db, r.person.id);
        r.contributions = store::contributions_of(s.db, r.person.id, std::nullopt);
        r.avoided = store::avoided_of(s.db, r.person.id);
        r.wellbeing = store::list_wellbeing(s.db, {r.person.id});
    });
    return r;
}

}  // namespace lac
