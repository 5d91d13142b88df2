#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/team.hpp"

void register_init(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("init", "create the database (nothing else if it exists)");
    auto team = std::make_shared<std::string>();
    cmd->add_option("--team", *team, "the team's name, the default for coordinators added later");
    cmd->callback([&ctx, team] {
        bool created = false;
        auto& s = ctx.create_session("init", created);
        if (!created) {
            ctx.note("lac: " + ctx.database_path() + " already exists; nothing changed");
            return;
        }
        lac::start_team(s, *team);
        ctx.note("created " + ctx.database_path());
    });
}
