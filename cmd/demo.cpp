#include <unistd.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "lac/demo.hpp"

void register_demo(CLI::App& app, Context& ctx) {
    auto r = std::make_shared<lac::DemoRequest>();
    auto* cmd = app.add_subcommand("demo", "fill an empty database with a realistic, reproducible synthetic team");
    cmd->add_option("--coordinators", r->coordinators, "how many coordinators (teams of 8–12)")->capture_default_str();
    cmd->add_option("--weeks", r->weeks, "how many weeks, ending with this one")->capture_default_str();
    cmd->add_option("--seed", r->seed, "the same seed gives the same database")->capture_default_str();
    cmd->callback([&ctx, r] {
        lac::check_demo_request(*r);
        bool created = false;
        auto& s = ctx.create_session("demo", created);
        // A progress bar only for a person watching.
        bool bar = isatty(STDERR_FILENO) && !ctx.options.quiet;
        auto totals = lac::fill_demo(s, *r, [&](int done, int total) {
            if (!bar) return;
            int width = 40, filled = done * width / total;
            // After the last week come the indexes, which take a while at national scale.
            ctx.err << fmt::format("\r[{}{}] week {}/{}{}", std::string(std::size_t(filled), '#'),
                                   std::string(std::size_t(width - filled), ' '), done, total,
                                   done == total ? ", building the indexes" : "")
                    << std::flush;
        });
        if (bar) ctx.err << "\n";
        ctx.note(fmt::format("demo: {} coordinators, {} people, {} conversations, {} goals, {} connections, "
                             "{} contributions, {} avoided crises in {}", r->coordinators, totals.people,
                             totals.conversations, totals.goals, totals.connections, totals.contributions,
                             totals.avoided, ctx.database_path()));
    });
}
