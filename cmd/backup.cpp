#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/backup.hpp"

void register_backup(CLI::App& app, Context& ctx) {
    auto request = std::make_shared<lac::BackupRequest>();
    auto* cmd = app.add_subcommand("backup", "copy the whole database to a private file, while others work");
    cmd->add_option("file", request->file, "the backup file to write (its directory must exist)")->required();
    cmd->add_flag("--force", request->replace, "replace the file if it exists");
    cmd->callback([&ctx, request] {
        auto target = lac::backup_database(ctx.session("backup"), *request);
        ctx.out << target.string() << '\n';
    });
}
