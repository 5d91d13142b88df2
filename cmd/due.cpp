#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/due.hpp"
#include "lac/report/views.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace {

// How overdue, as one would say it: "3 days", "today", "in 2 days".
std::string overdue_words(int days) {
    if (days == 0) return "today";
    if (days > 0) return lac::counted(days, "day", "days");
    return "in " + lac::counted(-days, "day", "days");
}

void render(std::ostream& out, const lac::Due& due, const lac::Style& style) {
    const auto& c = due.coordinator;
    int now = 0;
    for (const auto& e : due.people) now += e.days_overdue >= 0;
    int coming = int(due.people.size()) - now;
    out << fmt::format("{} ({}): {} due by {}, {} more within {}; not seen after {}\n", c.handle, c.name,
                       lac::counted(now, "person", "people"), lac::to_iso(due.as_of), coming,
                       lac::counted(due.within, "day", "days"), lac::counted(due.stale_after_days, "day", "days"));
    if (due.people.empty()) return;
    lac::Table t{{"person", "name", "last contact", "next", "due", "overdue", "reason"}};
    for (const auto& e : due.people)
        t.rows.push_back({lac::Cell::str(lac::make_ref(lac::ref::person, e.person.id)), lac::Cell::str(e.person.name),
                          lac::Cell::str(e.last_contact ? lac::to_iso(*e.last_contact) : "never"),
                          lac::date_cell(e.next_on), lac::Cell::str(lac::to_iso(e.due_on)),
                          lac::Cell::str(overdue_words(e.days_overdue)),
                          lac::Cell::str(lac::due_reason(e, due.as_of))});
    lac::write_table(out, t, style);
}

}  // namespace

void register_due(CLI::App& app, Context& ctx) {
    auto query = std::make_shared<lac::DueQuery>();
    auto* cmd = app.add_subcommand("due", "who is due a contact: next contacts come, people about to go unseen");
    cmd->add_option("--coordinator", query->coordinator, "this coordinator's people (default: yours)")
        ->type_name("HANDLE");
    cmd->add_option("--within", query->within,
                    fmt::format("also those who go unseen within this many days (default {})",
                                lac::default_due_within));
    cmd->callback([&ctx, query] {
        auto format = ctx.format({lac::Format::table, lac::Format::csv, lac::Format::json});
        auto due = lac::compute_due(ctx.session("due"), *query);
        if (format != lac::Format::table) return lac::render(ctx.out, lac::due_table(due), format, ctx.style());
        render(ctx.out, due, ctx.style());
    });
}
