#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "progress_line.hpp"
#include "lac/report/extract.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"
#include "parsed_options.hpp"

void register_export(CLI::App& app, Context& ctx) {
    auto request = std::make_shared<Bound<lac::ExtractRequest>>(ctx);
    auto dir = std::make_shared<std::string>();
    auto& r = request->fields;
    auto* cmd = app.add_subcommand("export", "an analyst's extract: CSV or JSON lines, pseudonymised unless "
                                             "--identify; or all of them, into a directory");
    cmd->add_option("entity", r.entity, lac::join(lac::extract_entities(), ", ") + "; or all")->required();
    cmd->add_option("dir", *dir, "for all: the new directory to write ENTITY.csv files into");
    request->parsed.day(cmd, "--from", r.from, "only records on or after this day (by their main date)");
    request->parsed.day(cmd, "--to", r.to, "only records on or before this day");
    cmd->add_flag("--identify", r.identify, "add references, names and free text (recorded in the audit trail)");
    auto out = ctx.output(cmd);
    cmd->callback([&ctx, request, out, dir, cmd] {
        auto& r = request->fields;
        if (r.entity == "all") {
            if (dir->empty()) throw lac::UsageError("export all needs a directory to write, such as 'lac export all "
                                                    "team-record --identify'");
            if (cmd->count("--from") || cmd->count("--to") || cmd->count("--output"))
                throw lac::UsageError("export all writes every record into its directory; leave out --from, --to "
                                      "and -o");
            ctx.format({lac::Format::csv}, lac::Format::csv);  // CSV, which lac import reads
            auto& s = ctx.session(r.identify ? "export all --identify" : "export all");
            long long rows = 0;
            std::vector<std::pair<std::string, long long>> counts;
            {
                ProgressLine line(ctx, "lac export all");
                counts = lac::export_all(s, *dir, r.identify, line.progress());
            }
            for (const auto& [entity, n] : counts) rows += n;
            ctx.note(fmt::format("wrote {} in {} files to {}{}", lac::counted(rows, "row", "rows"), counts.size(),
                                 *dir, r.identify ? " (identified: keep it as safe as the database)" : ""));
            return;
        }
        if (!dir->empty())
            throw lac::UsageError(fmt::format("'{}' is more than export {} takes; write to a file with -o FILE",
                                              *dir, r.entity));
        // A list's default is a table; an extract's is CSV.
        r.format = ctx.format({lac::Format::csv, lac::Format::json}, lac::Format::csv);
        request->parsed.parse();  // after the format, as before
        lac::write_extract(ctx.session(r.identify ? "export --identify" : "export"), r, out());
    });
}
