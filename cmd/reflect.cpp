#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "parsed_options.hpp"
#include "lac/domain/reflections.hpp"
#include "lac/report/views.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

void register_reflect(CLI::App& app, Context& ctx) {
    auto reflection = std::make_shared<Bound<lac::ReflectFields>>(ctx);
    auto& f = reflection->fields;
    auto* cmd = app.add_subcommand("reflect", "a team's co-production self-assessment, a score per principle; "
                                              "prints its reference (and list)");
    cmd->add_option("--team", f.team, "the team (default: yours)");
    cmd->add_option("--score", f.scores, "PRINCIPLE=N, once for each principle of [reflection] (see 'lac config "
                                         "get reflection.principles')");
    reflection->parsed.day(cmd, "--on", f.on, "the day (default today)");
    cmd->add_option("-m,--message", f.note, "a note: what the team said");
    cmd->callback([&ctx, reflection, cmd] {
        if (!cmd->get_subcommands().empty()) return;  // list ran
        reflection->parsed.parse();
        auto r = lac::record_reflection(ctx.session("reflect"), reflection->fields);
        ctx.out << lac::make_ref(lac::ref::reflection, r.id) << '\n';
        std::vector<std::string> scores;
        for (const auto& [p, v] : r.scores) scores.push_back(fmt::format("{} {}", p, v));
        ctx.note(fmt::format("{} on {}: {}", r.team.empty() ? "the team" : r.team, lac::to_iso(r.on),
                             lac::join(scores, ", ")));
    });

    auto team = std::make_shared<std::string>();
    auto* list = cmd->add_subcommand("list", "every team's reflections, oldest first, each score's change since the "
                                             "team's reflection before");
    list->add_option("--team", *team, "only this team");
    list->callback([&ctx, team] {
        auto format = ctx.format({lac::Format::table, lac::Format::csv, lac::Format::json, lac::Format::md});
        auto trends = lac::reflection_trends(ctx.session("reflect list"), *team);
        lac::render(ctx.out, lac::reflections_table(trends, format == lac::Format::table || format == lac::Format::md),
                    format, ctx.style());
    });
}
