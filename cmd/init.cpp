#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/team.hpp"

void register_init(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("init", "create the database (nothing else if it exists)");
    auto team = std::make_shared<std::string>();
    cmd->add_option("--team", *team, "the team's name, the default for coordinators added later");
    cmd->callback([&ctx, team] {
        // Checked first: a failed init leaves no file behind.
        const std::string name = lac::check_team_name(*team);
        bool created = false;
        ctx.create_session("init", created, [&](lac::Session& s) {
            if (created) lac::start_team(s, name);
        });
        ctx.note(created ? "created " + ctx.database_shown()
                         : "lac: " + ctx.database_shown() + " already exists; nothing changed");
    });
}
