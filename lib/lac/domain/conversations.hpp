#pragma once
// Logging conversations: the coordinator's most frequent act.
#include <optional>
#include <string>

#include "lac/domain/corrections.hpp"
#include "lac/store/records.hpp"
#include "lac/domain/session.hpp"

namespace lac {

struct ConversationFields {
    std::string person;             // as typed: P12, 12, a name or a prefix
    std::optional<Date> on;         // today when not given
    std::string at_time;            // HH:MM, optional
    std::optional<std::string> minutes;
    std::string mode;               // the first configured mode when empty
    std::string note;
    std::string by;                 // who held it; when empty, the acting coordinator (covering for a
                                    // colleague), else the person's coordinator on the day
    std::optional<Date> next;       // sets the person's next contact (lac due); the command reads it
                                    // with parse_future_date, so it is today or later
};

// Records a conversation, and with `next` the person's next contact (audited as an edit
// of the person); returns it with its reference id.
Conversation log_conversation(Session& s, const ConversationFields& fields);
// Makes every check log_conversation makes, the note aside, and writes nothing: so an
// editor is opened only for a conversation that can be logged.
Conversation check_conversation(Session& s, const ConversationFields& fields);

// check_conversation for a person, and the coordinator who held it, already found.
Conversation check_conversation_of(Session& s, const ConversationFields& fields, const Person& person,
                                   const std::optional<Coordinator>& holder);

// A correction: each field given replaces the conversation's own, checked as lac log
// checks it. An empty `minutes` or `at_time` takes the length or the time away.
struct ConversationEdit {
    std::string conversation;  // C40 or 40
    std::optional<std::string> note, at_time, minutes, mode, by, person;
    std::optional<Date> on;
};
// One transaction, audited with the old values of the fields it changed; an edit that
// changes nothing is refused.
Corrected<Conversation> edit_conversation(Session& s, const ConversationEdit& edit);
// Deletes the conversation when `confirmed`, auditing every old value.
Conversation delete_conversation(Session& s, std::string_view conversation, bool confirmed);
Conversation show_conversation(Session& s, std::string_view conversation);

struct ConversationQuery {
    std::string person;  // as typed; everyone when empty
    std::optional<Date> from, to;
    int limit = 0;  // 0: all
};
// Newest first.
std::vector<Conversation> list_conversations(Session& s, const ConversationQuery& query);

// Notes may run to several paragraphs, but not to a book.
constexpr std::size_t max_note_bytes = 64 * 1024;

}  // namespace lac
