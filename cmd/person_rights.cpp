// lac person export and lac person forget: the rights of the people recorded, to see
// everything held about them and to have it erased (lac-person(1)).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/forget.hpp"
#include "lac/report/access.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"
#include "lac/report/doctor.hpp"
#include "parsed_options.hpp"
#include "render_person.hpp"

namespace {

void print_forgetting(std::ostream& out, const lac::ForgetResult& result) {
    for (const auto& f : result.people) {
        std::string who = lac::make_ref(lac::ref::person, f.person_id);
        out << (result.confirmed ? "forgot " : "would forget ") << who << ": " << counts_words(f.counts) << '\n';
        for (const auto& m : f.mentions)
            out << "  " << (result.confirmed ? "their name was replaced in " : "their name would be replaced in ")
                << m.ref << " (" << m.kind << ")\n";
    }
}

void add_export(CLI::App* group, Context& ctx) {
    auto who = std::make_shared<std::string>();
    auto* cmd = group->add_subcommand("export", "everything held about one person, for a subject access request");
    cmd->add_option("person", *who, "P12, 12, or a name")->required();
    auto out = ctx.output(cmd);  // -o FILE: private, never half-written
    cmd->callback([&ctx, who, out] {
        // md is the default: the document the person is handed.
        auto format = ctx.format({lac::Format::md, lac::Format::json}, lac::Format::md);
        auto access = lac::subject_access(ctx.session("person export"), *who);
        if (format == lac::Format::json)
            out() << lac::access_json(access).dump(2) << '\n';
        else
            lac::write_access_markdown(out(), access);
    });
}

void add_forget(CLI::App* group, Context& ctx) {
    auto request = std::make_shared<Bound<lac::ForgetRequest>>(ctx);
    auto& r = request->fields;
    auto* cmd = group->add_subcommand("forget", "erase a closed person's name and every word about them, "
                                                "keeping what happened; lists what would go without --confirm");
    cmd->add_option("person", r.person, "P12, 12, or a name");
    request->parsed.add(cmd, "--closed-before", r.closed_before,
                        [&ctx](const std::string& text) { return ctx.parse_date(text); },
                        "everyone closed before this day, instead of one person")
        ->type_name("DATE");
    cmd->add_flag("--confirm", r.confirm, "carry it out; without it nothing is changed");
    on_run(cmd, request, [&ctx](const lac::ForgetRequest& r) {
        auto result = lac::forget_people(ctx.session("person forget"), r);
        print_forgetting(ctx.out, result);
        if (result.people.empty())
            ctx.note(fmt::format("no one closed before {} is still held", lac::to_iso(*r.closed_before)));
        else if (!result.confirmed)
            ctx.note("nothing was changed; add --confirm to forget them");
        if (!result.log_cleared)
            ctx.note("warning: another lac was reading, or the disk is full, so the database's -wal file may still "
                     "hold the old text until it is next checkpointed");
        if (result.on_server && result.confirmed && !result.people.empty())
            ctx.note("note: the server keeps the old text in its dead row versions until its next VACUUM, and in "
                     "its write-ahead log and backups; ask its administrator to vacuum (see lac-server(7))");
        for (const auto& copy : result.old_copies)
            ctx.note(fmt::format("warning: {} was copied before a migration and still holds everything; remove it "
                                 "('rm {}') if your retention policy allows",
                                 copy, lac::shell_word(copy)));
    });
}

}  // namespace

void add_person_rights(CLI::App* person, Context& ctx) {
    add_export(person, ctx);
    add_forget(person, ctx);
}
