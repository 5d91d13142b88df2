#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/report/summary.hpp"
#include "lac/report/summary_render.hpp"
#include "parsed_options.hpp"

namespace {

struct Period {
    std::string week, team;
    std::optional<lac::Date> from, to;
};

}  // namespace

void register_summary(CLI::App& app, Context& ctx) {
    auto period = std::make_shared<Bound<Period>>(ctx);
    auto& p = period->fields;
    auto* cmd = app.add_subcommand("summary", "the team lead's weekly summary (table, md, csv, json, html)");
    auto* week = cmd->add_option("--week", p.week, "an ISO week such as 2026-W47 (default: this week)")
                     ->type_name("WEEK");
    auto* from = period->parsed.day(cmd, "--from", p.from, "the first day of a period instead of a week");
    period->parsed.day(cmd, "--to", p.to, "the last day of the period (default today)")->needs(from);
    week->excludes(from);
    cmd->add_option("--team", p.team, "only this team (default: every coordinator)");
    auto output = ctx.output(cmd);
    cmd->callback([&ctx, period, output] {
        using lac::Format;
        auto format = ctx.format({Format::table, Format::md, Format::csv, Format::json, Format::html});
        period->parsed.parse();  // after the format, as before
        const auto& p = period->fields;
        auto days = lac::summary_period(p.week, p.from, p.to, ctx.today());
        auto summary = lac::compute_summary(ctx.session("summary"), days, p.team, format == Format::html);
        auto& out = output();
        switch (format) {
            case Format::json: out << lac::summary_json(summary).dump(2) << '\n'; break;
            case Format::csv: lac::write_csv(out, lac::summary_rows(summary)); break;
            case Format::md: lac::write_summary_markdown(out, summary); break;
            case Format::html: lac::write_summary_html(out, summary); break;
            case Format::table: lac::write_summary_text(out, summary, ctx.style()); break;
        }
    });
}
