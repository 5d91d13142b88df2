#include <CLI/CLI.hpp>

#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/copy.hpp"
#include "lac/util/text.hpp"

void register_copy(CLI::App& app, Context& ctx) {
    auto request = std::make_shared<lac::CopyRequest>();
    auto* cmd = app.add_subcommand("copy", "copy the whole database, history and audit trail, into a new one "
                                           "(a file or a PostgreSQL database)");
    cmd->add_option("--to", request->to, "the new database: a file's path, or a postgresql:// URL")
        ->required()
        ->type_name("DB");
    cmd->callback([&ctx, request] {
        auto result = lac::copy_database(ctx.session("copy"), *request);
        ctx.out << result.target << '\n';
        ctx.note(fmt::format("copied {} of {} tables", lac::counted(result.rows(), "row", "rows"),
                             result.tables.size()));
    });
}
