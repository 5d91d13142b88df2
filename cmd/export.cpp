#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/report/extract.hpp"

namespace {

struct Args {
    std::string entity, from, to;
    bool identify = false;
};

}  // namespace

void register_export(CLI::App& app, Context& ctx) {
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("export", "an analyst's extract: CSV or JSON lines, pseudonymised unless "
                                             "--identify");
    cmd->add_option("entity", a->entity, "people, conversations, goals, connections, assets, contributions or "
                                         "avoided")->required();
    cmd->add_option("--from", a->from, "only records on or after this day (by their main date)");
    cmd->add_option("--to", a->to, "only records on or before this day");
    cmd->add_flag("--identify", a->identify, "add references, names and free text (recorded in the audit trail)");
    cmd->callback([&ctx, a] {
        lac::ExtractRequest r;
        r.entity = a->entity;
        // A list's default is a table; an extract's is CSV.
        r.format = ctx.options.format == "table" ? lac::Format::csv : ctx.format({lac::Format::csv, lac::Format::json});
        r.from = ctx.parse_date_option(a->from);
        r.to = ctx.parse_date_option(a->to);
        r.identify = a->identify;
        lac::write_extract(ctx.session(a->identify ? "export --identify" : "export"), r, ctx.out);
    });
}
