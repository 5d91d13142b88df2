#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/evaluation.hpp"
#include "lac/report/evaluation_render.hpp"
#include "lac/util/errors.hpp"
#include "parsed_options.hpp"
#include "progress_line.hpp"

namespace {

struct Request {
    std::optional<std::string> year;  // checked by lac::evaluation_period, in words
    std::optional<lac::Date> from, to;
    std::string team;
    bool identify = false;
};

}  // namespace

void register_evaluate(CLI::App& app, Context& ctx) {
    auto request = std::make_shared<Bound<Request>>(ctx);
    auto& r = request->fields;
    auto* cmd = app.add_subcommand("evaluate", "the evaluation pack: reach, goals, networks, avoided crises, wellbeing "
                                               "and social return, with every assumption (table, md, csv, json, html)");
    auto* year = cmd->add_option("--year", r.year, "a calendar year such as 2026")->type_name("YYYY");
    auto* from = request->parsed.day(cmd, "--from", r.from, "the first day of the period (default: a year before --to)");
    auto* to = request->parsed.day(cmd, "--to", r.to, "the last day of the period (default today)");
    year->excludes(from)->excludes(to);
    auto* team = cmd->add_option("--team", r.team, "only this team (default: everyone)");
    cmd->add_flag("--identify", r.identify,
                  "json only: keep the figures about fewer than [evaluation] min_cell people (recorded in the audit trail)");
    auto output = ctx.output(cmd);
    cmd->callback([&ctx, request, output, team] {
        using lac::Format;
        auto format = ctx.format({Format::table, Format::md, Format::csv, Format::json, Format::html});
        request->parsed.parse();
        const auto& r = request->fields;
        if (team->count() > 0 && r.team.empty())
            throw lac::UsageError("--team needs a team's name; leave it out for everyone");
        if (r.identify && format != Format::json)
            throw lac::UsageError("--identify is for --format json only: every other format suppresses small counts");
        auto period = lac::evaluation_period(r.year, r.from, r.to, ctx.today());
        auto& session = ctx.session(r.identify ? "evaluate --identify" : "evaluate");
        lac::Evaluation ev;
        {
            ProgressLine line(ctx, "lac evaluate");
            ev = lac::evaluate(session, period, r.team, r.identify, line.progress());
        }
        auto& out = output();
        switch (format) {
            case Format::json: out << lac::evaluation_json(ev).dump(2) << '\n'; break;
            case Format::csv: lac::write_csv(out, lac::evaluation_figures(ev)); break;
            case Format::md: lac::write_evaluation_markdown(out, ev); break;
            case Format::html: lac::write_evaluation_html(out, ev); break;
            case Format::table: lac::write_evaluation_text(out, ev, ctx.style()); break;
        }
    });
}
