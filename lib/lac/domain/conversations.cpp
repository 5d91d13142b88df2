#include "lac/domain/conversations.hpp"

#include <fmt/format.h>

#include "lac/domain/corrections.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/people.hpp"
#include "lac/util/ref.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/conversations.hpp"
#include "lac/store/coordinators.hpp"
#include "lac/store/people.hpp"
#include "lac/domain/team.hpp"
#include "lac/domain/validate.hpp"

namespace lac {

namespace {

// Checks the fields against the person and the coordinator who held it (when given).
Conversation resolve_for(Session& s, const ConversationFields& f, const Person& p,
                         const std::optional<Coordinator>& holder) {
    Conversation c;
    c.on = f.on.value_or(s.today);
    check_not_future(c.on, s.today, "conversation date");
    if (!f.at_time.empty()) {
        c.at_time = parse_time(f.at_time);
        check_time_not_future(c.on, c.at_time, s.today, s.now, "conversation time");
    }
    if (f.minutes) c.minutes = check_int(*f.minutes, "--minutes", 0, 24 * 60);
    c.mode = f.mode.empty() ? s.config.modes.front() : check_word(f.mode, s.config.modes, "mode");
    c.note = check_text(f.note, "note", max_note_bytes, true);

    if (c.on < p.opened_on)
        throw DataError(fmt::format("P{} was opened on {}; a conversation cannot come before that", p.id,
                                    to_iso(p.opened_on)));
    if (p.closed_on && c.on > *p.closed_on)
        throw DataError(fmt::format("P{} was closed on {}; 'lac person reopen P{}' to log a later conversation",
                                    p.id, to_iso(*p.closed_on), p.id));
    c.person_id = p.id;
    if (!holder) {
        c.coordinator_id = store::coordinator_on(s.db, p.id, c.on).value_or(p.coordinator_id);
        c.coordinator = store::coordinator_by_id(s.db, c.coordinator_id)->handle;
    } else {
        c.coordinator_id = holder->id;
        c.coordinator = holder->handle;
    }
    return c;
}

// Checks the fields and resolves the person and the coordinator who held it.
Conversation resolve(Session& s, const ConversationFields& f) {
    Person p = find_person(s, f.person);
    std::optional<Coordinator> holder;
    if (!f.by.empty())
        holder = require_coordinator(s, f.by);
    else if (auto acting = store::find_coordinator(s.db, s.db.actor()); acting && acting->active)
        holder = acting;  // a colleague covering is credited with what they did (SPEC §4)
    Conversation c = resolve_for(s, f, p, holder);
    if (f.next) {
        p.next_on = f.next;
        check_next_on(p, Naming::described);
    }
    return c;
}

// The conversation, if it is there and its person is not forgotten.
Conversation require_conversation(Session& s, std::string_view text) {
    int64_t id = require_ref(text, ref::conversation, "conversation");
    auto c = store::conversation_by_id(s.db, id);
    if (!c) throw DataError(fmt::format("there is no conversation C{}; see 'lac conversation list'", id));
    return *c;
}

// What the audit trail keeps of a conversation corrected or deleted.
Values values(const Conversation& c) {
    return {{"person", make_ref(ref::person, c.person_id)},
            {"coordinator", c.coordinator},
            {"on", to_iso(c.on)},
            {"at", c.at_time.empty() ? Values() : Values(c.at_time)},
            {"minutes", c.minutes ? Values(*c.minutes) : Values()},
            {"mode", c.mode},
            {"note", c.note}};
}

// The conversation's fields as lac log would be given them, with the edit's in place.
ConversationFields merged(const Conversation& old, const ConversationEdit& e) {
    ConversationFields f;
    f.person = e.person.value_or(make_ref(ref::person, old.person_id));
    f.on = e.on.value_or(old.on);
    f.at_time = e.at_time.value_or(old.at_time);
    if (e.minutes) {
        if (!e.minutes->empty()) f.minutes = e.minutes;  // '' takes the length away
    } else if (old.minutes) {
        f.minutes = std::to_string(*old.minutes);
    }
    f.mode = e.mode.value_or(old.mode);
    f.note = e.note.value_or(old.note);
    return f;
}

}  // namespace

Conversation check_conversation(Session& s, const ConversationFields& f) {
    Conversation c;
    s.db.read([&] { c = resolve(s, f); });
    return c;
}

Conversation check_conversation_of(Session& s, const ConversationFields& f, const Person& p,
                                   const std::optional<Coordinator>& holder) {
    return resolve_for(s, f, p, holder);
}

Conversation log_conversation(Session& s, const ConversationFields& f) {
    Conversation c;
    s.db.write([&] {
        c = resolve(s, f);
        c.id = store::insert_conversation(s.db, c);
        store::audit(s.db, "add", "conversation", make_ref(ref::conversation, c.id), make_ref(ref::person, c.person_id));
        if (f.next) {
            store::set_next_on(s.db, c.person_id, *f.next);
            store::audit(s.db, "edit", "person", make_ref(ref::person, c.person_id), "next_on");
        }
    });
    return c;
}

Corrected<Conversation> edit_conversation(Session& s, const ConversationEdit& e) {
    if (!e.note && !e.on && !e.at_time && !e.minutes && !e.mode && !e.by && !e.person)
        nothing_given("-m, --on, --at, --minutes, --mode, --by or --person");
    Corrected<Conversation> out;
    s.db.write([&] {
        Conversation old = require_conversation(s, e.conversation);
        ConversationFields f = merged(old, e);
        Person p = find_person(s, f.person);
        // Who held it stays as it was unless --by says otherwise; moved to another person,
        // it counts, as lac log would have it, for their coordinator on the day.
        std::optional<Coordinator> holder;
        if (e.by)
            holder = require_coordinator(s, *e.by);
        else if (p.id == old.person_id)
            holder = store::coordinator_by_id(s.db, old.coordinator_id);
        Conversation c = resolve_for(s, f, p, holder);
        c.id = old.id;
        c.person_name = p.name;
        out = apply_edit(s, "conversation", ref::conversation, values(old), c, values(c), store::update_conversation);
    });
    return out;
}

Conversation delete_conversation(Session& s, std::string_view conversation, bool confirmed) {
    return delete_confirmed(
        s, "conversation", ref::conversation, confirmed, [&] { return require_conversation(s, conversation); },
        store::delete_conversation, [](const Conversation& c) { return values(c); });
}

Conversation show_conversation(Session& s, std::string_view conversation) {
    return read_one(s, [&] { return require_conversation(s, conversation); });
}

std::vector<Conversation> list_conversations(Session& s, const ConversationQuery& q) {
    check_period(q.from, q.to);
    std::vector<Conversation> out;
    s.db.read([&] {
        store::ConversationFilter filter{std::nullopt, q.from, q.to, q.limit};
        if (!q.person.empty()) filter.person_id = find_person(s, q.person).id;
        out = store::list_conversations(s.db, filter);
    });
    return out;
}

}  // namespace lac
