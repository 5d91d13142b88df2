#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/report/summary.hpp"
#include "lac/report/summary_render.hpp"

namespace {

struct Args {
    std::string week, from, to, team;
};

}  // namespace

void register_summary(CLI::App& app, Context& ctx) {
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("summary", "the team lead's weekly summary (table, md, csv, json, html)");
    auto* week = cmd->add_option("--week", a->week, "an ISO week such as 2026-W47 (default: this week)");
    auto* from = cmd->add_option("--from", a->from, "the first day of a period instead of a week");
    cmd->add_option("--to", a->to, "the last day of the period (default today)")->needs(from);
    week->excludes(from);
    cmd->add_option("--team", a->team, "only this team (default: every coordinator)");
    cmd->callback([&ctx, a] {
        using lac::Format;
        auto format = ctx.format({Format::table, Format::md, Format::csv, Format::json, Format::html});
        auto period = lac::summary_period(a->week, ctx.parse_date_option(a->from), ctx.parse_date_option(a->to),
                                          ctx.today());
        auto summary = lac::compute_summary(ctx.session("summary"), period, a->team, format == Format::html);
        switch (format) {
            case Format::json: ctx.out << lac::summary_json(summary).dump(2) << '\n'; break;
            case Format::csv: lac::write_csv(ctx.out, lac::summary_rows(summary)); break;
            case Format::md: lac::write_summary_markdown(ctx.out, summary); break;
            case Format::html: lac::write_summary_html(ctx.out, summary); break;
            case Format::table: lac::write_summary_text(ctx.out, summary, ctx.style()); break;
        }
    });
}
