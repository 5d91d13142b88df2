#include <unistd.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/conversations.hpp"
#include "lac/domain/people.hpp"
#include "lac/util/ref.hpp"
#include "note_input.hpp"
#include "parsed_options.hpp"

void register_log(CLI::App& app, Context& ctx) {
    auto conversation = std::make_shared<Bound<lac::ConversationFields>>(ctx);
    auto& f = conversation->fields;
    auto message = std::make_shared<std::optional<std::string>>();
    auto* cmd = app.add_subcommand("log", "log a conversation; prints its reference");
    cmd->add_option("person", f.person, "P12, 12, or a name (a unique start of one will do)")->required();
    cmd->add_option("-m,--message", *message, "the note (else stdin when piped, else $EDITOR)");
    cmd->add_option("--minutes", f.minutes, "how long it took");
    cmd->add_option("--mode", f.mode, "how it was held: " + vocab_word("modes") + "; default the first of them");
    conversation->parsed.day(cmd, "--on", f.on, "the day (default today): YYYY-MM-DD, yesterday, monday, -3d");
    cmd->add_option("--at", f.at_time, "the time of day, HH:MM");
    conversation->parsed.later_day(cmd, "--next", f.next,
                                   "the next contact you mean, for lac due: YYYY-MM-DD, tomorrow, +10d, +2w, +1m");
    cmd->add_option("--by", f.by, "who held it (default: you, when you are a coordinator; else the person's coordinator on the day)")
        ->type_name("HANDLE");
    on_run(cmd, conversation, [&ctx, message](lac::ConversationFields& f) {
        auto& s = ctx.session("log");
        if (*message) {
            f.note = **message;
        } else if (isatty(STDIN_FILENO)) {
            // Check everything first, so a typo is caught before the editor opens.
            auto c = lac::check_conversation(s, f);
            auto p = lac::find_person(s, lac::make_ref(lac::ref::person, c.person_id));
            f.person = lac::make_ref(lac::ref::person, p.id);
            f.note = read_note_from_editor(fmt::format(
                "Conversation with {} ({}) on {}.\nWrite the note above. Lines starting with '#' are "
                "ignored;\nan empty note logs nothing.",
                p.name, f.person, lac::to_iso(c.on)));
        } else {
            f.note = read_note_from_stdin();
        }
        auto c = lac::log_conversation(s, f);
        ctx.out << lac::make_ref(lac::ref::conversation, c.id) << '\n';
    });
}
