#include "lac/domain/conversations.hpp"

#include <fmt/format.h>

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
    if (!f.at_time.empty()) c.at_time = parse_time(f.at_time);
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
    if (!f.by.empty()) holder = require_coordinator(s, f.by);
    return resolve_for(s, f, p, holder);
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
    });
    return c;
}

}  // namespace lac
