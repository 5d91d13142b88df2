// The importer of conversations: the same checks and defaults as the matching
// command, plus keeping a record's own reference and recognising what an earlier import
// brought in.
#include <fmt/format.h>

#include "lac/import/cells.hpp"
#include "lac/domain/conversations.hpp"
#include "lac/domain/team.hpp"
#include "lac/store/conversations.hpp"
#include "lac/store/imports.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace lac::importers {

namespace {

std::size_t conversation_hash(const Conversation& c) {
    return std::hash<std::string>{}(fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", c.person_id, to_iso(c.on),
                                                c.coordinator_id, c.at_time, c.minutes.value_or(-1), c.mode, c.note));
}

// Whether a conversation like `c` could be here already. When the person had none before
// this import and the import has added none with this hash, it cannot, and the database
// need not be asked; a hash that matches is only a maybe, which the database settles, once
// the rows held to be written together are written (those of this person met so far are of
// this import, so the person's first row need not wait for them).
bool could_be_here(Session& s, ImportMemo& memo, const Conversation& c, std::size_t hash) {
    auto [had, first] = memo.had_conversations.try_emplace(c.person_id, false);
    if (first) had->second = store::has_conversations(s.db, c.person_id);
    bool added = memo.conversations_added.count(hash) > 0;
    if (added) write_held(s, memo);
    return had->second || added;
}

// On a server, conversations are held and written together; an explicit id is looked up
// once those that could have it are written.
void add(Session& s, const ImportRow& row, const Conversation& c) {
    ImportMemo& memo = row.memo();
    if (!s.db.on_server()) return imported(row, store::insert_conversation(s.db, c));
    if (!memo.held) memo.held.emplace(store::conversation_rows());
    store::hold_conversation(s.db, *memo.held, c);
    if (memo.held->full()) write_held(s, memo);
}

}  // namespace

Outcome conversation(Session& s, const ImportRow& row) {
    int64_t id = own_reference(s, row, "conversation", ref::conversation);
    const Person& p = person_in(s, row, row.text("person"));
    ConversationFields f{make_ref(ref::person, p.id), date_cell(row, "date")};
    if (row.has("minutes")) f.minutes = row.text("minutes");
    f.mode = trim(row.text("mode"));
    f.note = row.text("note");
    f.at_time = trim(row.text("time"));
    std::optional<Coordinator> holder;
    if (std::string by = trim(row.text("coordinator")); !by.empty()) {
        auto& known = row.memo().coordinators;
        auto found = known.find(by);
        if (found == known.end()) found = known.emplace(by, require_coordinator(s, by)).first;
        holder = found->second;
    }
    Conversation c = check_conversation_of(s, f, p, holder);
    std::size_t hash = conversation_hash(c);
    if (id > 0) {
        if (row.memo().held && (row.memo().held->holds(id) || row.memo().held->draws())) write_held(s, row.memo());
        if (is_here(s, row, id)) {
            std::string ref = make_ref(ref::conversation, id);
            return settle(s, row, std::to_string(id), ref, [&](const Differences& d) {
                ConversationEdit e{ref};
                for (auto [column, field] : {std::pair{"note", &e.note}, {"time", &e.at_time}, {"minutes", &e.minutes},
                                             {"mode", &e.mode}, {"coordinator", &e.by}, {"person", &e.person}})
                    if (differs_in(d, column)) *field = row.text(column);
                if (differs_in(d, "date")) e.on = c.on;
                edit_conversation(s, e);
            });
        }
    } else if (could_be_here(s, row.memo(), c, hash) && store::conversation_exists(s.db, c)) {
        return Outcome::already;
    }
    may_add_for(row, p);
    c.id = id;
    add(s, row, c);
    row.memo().conversations_added.insert(hash);
    return Outcome::added;
}

}  // namespace lac::importers
