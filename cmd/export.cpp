#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/report/extract.hpp"
#include "parsed_options.hpp"

void register_export(CLI::App& app, Context& ctx) {
    auto request = std::make_shared<Bound<lac::ExtractRequest>>(ctx);
    auto& r = request->fields;
    auto* cmd = app.add_subcommand("export", "an analyst's extract: CSV or JSON lines, pseudonymised unless "
                                             "--identify");
    cmd->add_option("entity", r.entity, "people, conversations, goals, connections, assets, contributions or "
                                        "avoided")->required();
    request->parsed.day(cmd, "--from", r.from, "only records on or after this day (by their main date)");
    request->parsed.day(cmd, "--to", r.to, "only records on or before this day");
    cmd->add_flag("--identify", r.identify, "add references, names and free text (recorded in the audit trail)");
    cmd->callback([&ctx, request] {
        auto& r = request->fields;
        // A list's default is a table; an extract's is CSV.
        r.format = ctx.options.format == "table" ? lac::Format::csv : ctx.format({lac::Format::csv, lac::Format::json});
        request->parsed.parse();  // after the format, as before
        lac::write_extract(ctx.session(r.identify ? "export --identify" : "export"), r, ctx.out);
    });
}
