#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/caseload.hpp"
#include "lac/util/ref.hpp"
#include "lac/domain/team.hpp"
#include "lac/report/views.hpp"
#include "lac/util/text.hpp"

namespace {

std::string band_note(int count, const lac::Coordinator& c) {
    std::string position = lac::band_position(count, c.capacity_min, c.capacity_max);
    if (position == "over") return fmt::format(" (over capacity by {})", count - c.capacity_max);
    if (position == "under") return fmt::format(" ({} below the band)", c.capacity_min - count);
    return "";
}

void render_group(std::ostream& out, const lac::CaseloadGroup& g, int stale, const lac::Style& style) {
    const auto& c = g.coordinator;
    int count = int(g.people.size());
    out << fmt::format("{} ({}): {} walked alongside, capacity {}–{}{}", c.handle, c.name, count, c.capacity_min,
                       c.capacity_max, band_note(count, c));
    out << fmt::format("; {} not seen in {}; {} at introduction level\n", g.not_seen,
                       lac::counted(stale, "day", "days"), g.introductions);
    if (g.people.empty()) return;
    lac::Table t{{"person", "name", "area", "opened", "last contact", "days", "next", "goals", "connections", "flag"}};
    for (const auto& e : g.people)
        t.rows.push_back({lac::Cell::str(lac::make_ref(lac::ref::person, e.person.id)), lac::Cell::str(e.person.name),
                          lac::Cell::str(e.person.area), lac::Cell::str(lac::to_iso(e.person.opened_on)),
                          lac::Cell::str(e.last_contact ? lac::to_iso(*e.last_contact) : "never"),
                          lac::Cell::str(e.days_since ? std::to_string(*e.days_since) : "-"),
                          lac::Cell::str(e.next_on ? lac::to_iso(*e.next_on) : ""),
                          lac::Cell::num(e.active_goals), lac::Cell::num(e.connections),
                          lac::Cell::str(e.not_seen ? "NOT SEEN" : "")});
    lac::write_table(out, t, style);
}

}  // namespace

void register_caseload(CLI::App& app, Context& ctx) {
    auto scope = std::make_shared<lac::CaseloadScope>();
    auto* cmd = app.add_subcommand("caseload", "everyone walked alongside, last contact, who has not been seen");
    auto* one = cmd->add_option("--coordinator", scope->coordinator, "this coordinator (default: you)")
                    ->type_name("HANDLE");
    auto* team = cmd->add_option("--team", scope->team, "every active coordinator in this team");
    auto* all = cmd->add_flag("--all", scope->all, "every active coordinator");
    one->excludes(team)->excludes(all);
    team->excludes(all);
    cmd->callback([&ctx, scope] {
        auto format = ctx.format({lac::Format::table, lac::Format::csv, lac::Format::json});
        auto& s = ctx.session("caseload");
        auto caseload = lac::compute_caseload(s, *scope);
        if (format != lac::Format::table) return lac::render(ctx.out, lac::caseload_table(caseload), format, ctx.style());
        for (std::size_t i = 0; i < caseload.groups.size(); ++i) {
            if (i) ctx.out << '\n';
            render_group(ctx.out, caseload.groups[i], caseload.stale_after_days, ctx.style());
        }
    });
}
