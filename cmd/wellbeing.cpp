#include <unistd.h>

#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "corrections.hpp"
#include "parsed_options.hpp"
#include "lac/domain/wellbeing.hpp"
#include "lac/report/views.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace {

std::optional<std::string>& answer_of(lac::WellbeingFields& f, const std::string& measure) {
    if (measure == "life") return f.life;
    if (measure == "worthwhile") return f.worthwhile;
    if (measure == "happy") return f.happy;
    if (measure == "anxious") return f.anxious;
    return f.lonely;
}

// On a terminal, with no answer given: the questions one by one, in the ONS's words. An
// empty answer skips a question; a wrong one is asked again, with what was wrong. The end
// of input skips the rest.
void ask(Context& ctx, lac::WellbeingFields& f) {
    ctx.err << "The ONS wellbeing questions; press Enter to skip one.\n";
    for (const auto& q : lac::wellbeing_questions()) {
        for (;;) {
            ctx.err << q.question << "\n  (" << q.scale << ") > " << std::flush;
            std::string line;
            if (!std::getline(std::cin, line)) {  // the end of input: the rest are skipped
                ctx.err << '\n';
                return;
            }
            line = lac::trim(line);
            if (line.empty()) break;
            lac::WellbeingFields one;
            answer_of(one, q.measure) = line;
            try {
                lac::check_wellbeing_fields(ctx.session("wellbeing"), one);
            } catch (const lac::DataError& e) {
                ctx.err << "  " << e.what() << '\n';
                continue;
            }
            answer_of(f, q.measure) = line;
            break;
        }
    }
}

void add_edit(CLI::App* group, Context& ctx) {
    auto e = std::make_shared<Bound<lac::WellbeingEdit>>(ctx);
    auto& f = e->fields;
    auto* edit = group->add_subcommand("edit", "correct a wellbeing check-in; each answer given replaces its own "
                                                "(an empty one takes it away)");
    edit->add_option("wellbeing", f.wellbeing, "W4 or 4")->required();
    for (auto [name, field] : {std::pair{"--life", &f.life}, {"--worthwhile", &f.worthwhile}, {"--happy", &f.happy},
                               {"--anxious", &f.anxious}})
        edit->add_option(name, *field, "0-10");
    edit->add_option("--lonely", f.lonely, "often, some, occasionally, hardly or never");
    e->parsed.day(edit, "--on", f.on, "the day");
    edit->add_option("-m,--message", f.note, "the note");
    on_run(edit, e, [&ctx](const lac::WellbeingEdit& f) {
        auto done = lac::edit_wellbeing(ctx.session("wellbeing edit"), f);
        note_edited(ctx, lac::make_ref(lac::ref::wellbeing, done.record.id), done.fields);
    });
}

}  // namespace

void register_wellbeing(CLI::App& app, Context& ctx) {
    auto checkin = std::make_shared<Bound<lac::WellbeingFields>>(ctx);
    auto& f = checkin->fields;
    auto* cmd = app.add_subcommand("wellbeing", "a wellbeing check-in from the ONS questions; prints its "
                                                "reference (and list, show, edit, delete)");
    cmd->add_option("person", f.person, "P12, 12, or a name");
    cmd->add_option("--life", f.life, "Overall, how satisfied are you with your life nowadays? (0-10)");
    cmd->add_option("--worthwhile", f.worthwhile, "… the things you do in your life are worthwhile? (0-10)");
    cmd->add_option("--happy", f.happy, "Overall, how happy did you feel yesterday? (0-10)");
    cmd->add_option("--anxious", f.anxious, "Overall, how anxious did you feel yesterday? (0-10)");
    cmd->add_option("--lonely", f.lonely, "How often do you feel lonely? often, some, occasionally, hardly, never");
    checkin->parsed.day(cmd, "--on", f.on, "the day (default today)");
    cmd->add_option("-m,--message", f.note, "a note");
    cmd->callback([&ctx, checkin, cmd] {
        if (!cmd->get_subcommands().empty()) return;  // list, show, edit or delete ran
        auto& f = checkin->fields;
        if (f.person.empty())
            throw lac::UsageError("name the person, such as 'lac wellbeing P12 --life 6', or use list, show, edit "
                                  "or delete");
        checkin->parsed.parse();
        bool answered = f.life || f.worthwhile || f.happy || f.anxious || f.lonely;
        if (!answered && isatty(STDIN_FILENO)) {
            lac::find_person(ctx.session("wellbeing"), f.person);  // before the questions, not after
            ask(ctx, f);
        }
        auto w = lac::record_wellbeing(ctx.session("wellbeing"), f);
        ctx.out << lac::make_ref(lac::ref::wellbeing, w.id) << '\n';
        ctx.note(lac::wellbeing_words(w));
    });
    add_list(cmd, ctx, "list wellbeing check-ins, newest first: one person's or everyone's, in a period",
             [](lac::Session& s, const ListScope& l, bool whole) {
                 return lac::wellbeing_table(lac::list_wellbeing(s, {l.person, l.from, l.to, l.limit}), whole);
             });
    add_show(cmd, ctx, "every answer of one check-in, the note in full", "W4 or 4",
             [](lac::Session& s, const std::string& ref) { return lac::wellbeing_json(lac::show_wellbeing(s, ref)); });
    add_edit(cmd, ctx);
    add_delete(cmd, ctx, "delete a check-in recorded by mistake (needs --confirm)", "W4 or 4",
               [](lac::Session& s, const std::string& ref, bool confirmed) {
                   return lac::make_ref(lac::ref::wellbeing, lac::delete_wellbeing(s, ref, confirmed).id);
               });
}
