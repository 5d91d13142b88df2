#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/backup.hpp"

namespace {

struct Args {
    std::string file;
    bool force = false;
};

}  // namespace

void register_backup(CLI::App& app, Context& ctx) {
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("backup", "copy the whole database to a private file, while others work");
    cmd->add_option("file", a->file, "the backup file to write (its directory must exist)")->required();
    cmd->add_flag("--force", a->force, "replace the file if it exists");
    cmd->callback([&ctx, a] {
        auto target = lac::backup_database(ctx.session("backup"), a->file, a->force);
        ctx.out << target.string() << '\n';
    });
}
