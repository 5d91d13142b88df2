#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "corrections.hpp"
#include "parsed_options.hpp"
#include "lac/domain/conversations.hpp"
#include "lac/report/views.hpp"
#include "lac/util/ref.hpp"

namespace {

void add_edit(CLI::App* group, Context& ctx) {
    auto e = std::make_shared<Bound<lac::ConversationEdit>>(ctx);
    auto& f = e->fields;
    auto* edit = group->add_subcommand("edit", "correct a conversation; each field given replaces its own");
    edit->add_option("conversation", f.conversation, "C40 or 40")->required();
    edit->add_option("-m,--message", f.note, "the note");
    e->parsed.day(edit, "--on", f.on, "the day: YYYY-MM-DD, yesterday, monday, -3d");
    edit->add_option("--at", f.at_time, "the time of day, HH:MM ('' for none)");
    edit->add_option("--minutes", f.minutes, "how long it took ('' for not recorded)");
    edit->add_option("--mode", f.mode, "how it was held: " + vocab_word("modes"));
    edit->add_option("--by", f.by, "who held it")->type_name("HANDLE");
    edit->add_option("--person", f.person, "whom it was with: P12, 12, or a name");
    on_run(edit, e, [&ctx](const lac::ConversationEdit& f) {
        auto done = lac::edit_conversation(ctx.session("conversation edit"), f);
        note_edited(ctx, lac::make_ref(lac::ref::conversation, done.record.id), done.fields);
    });
}

}  // namespace

void register_conversation(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("conversation", "conversations already logged: list, show, edit, delete");
    group->require_subcommand(1);
    add_list(group, ctx, "list conversations, newest first: one person's or everyone's, in a period",
             [](lac::Session& s, const ListScope& l, bool whole) {
                 return lac::conversations_table(
                     lac::list_conversations(s, {l.person, l.from, l.to, l.limit}), whole);
             });
    add_show(group, ctx, "every field of one conversation, the note in full", "C40 or 40",
             [](lac::Session& s, const std::string& ref) {
                 return lac::conversation_json(lac::show_conversation(s, ref));
             });
    add_edit(group, ctx);
    add_delete(group, ctx, "delete a conversation logged by mistake (needs --confirm)", "C40 or 40",
               [](lac::Session& s, const std::string& ref, bool confirmed) {
                   return lac::make_ref(lac::ref::conversation, lac::delete_conversation(s, ref, confirmed).id);
               });
}
