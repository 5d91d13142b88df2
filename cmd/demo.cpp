#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "interrupts.hpp"
#include "progress_line.hpp"
#include "lac/demo/demo.hpp"
#include "lac/store/db.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"

void register_demo(CLI::App& app, Context& ctx) {
    // Read as text, so the library checks them as decimal whole numbers in range: CLI11
    // alone would read 010 as octal and 0x10 as hex, and fail out-of-range values as usage.
    struct Typed {
        std::string coordinators, weeks, seed;
    };
    lac::DemoRequest defaults;
    auto typed = std::make_shared<Typed>(Typed{std::to_string(defaults.coordinators), std::to_string(defaults.weeks),
                                               std::to_string(defaults.seed)});
    auto* cmd = app.add_subcommand("demo", "fill an empty database with a realistic, reproducible synthetic team");
    cmd->add_option("--coordinators", typed->coordinators,
                    fmt::format("how many coordinators, 1 to {} (teams of 8–12)", lac::max_demo_coordinators))
        ->type_name("N")->capture_default_str();
    cmd->add_option("--weeks", typed->weeks, fmt::format("how many weeks, ending with this one, 1 to {}", lac::max_demo_weeks))
        ->type_name("N")->capture_default_str();
    cmd->add_option("--seed", typed->seed,
                    fmt::format("0 to {}; the same seed gives the same database", lac::max_demo_seed))
        ->type_name("N")->capture_default_str();
    cmd->callback([&ctx, typed] {
        const lac::DemoRequest request = lac::read_demo_request(typed->coordinators, typed->weeks, typed->seed);
        bool created = false;
        lac::DemoTotals totals;
        // Inside the creation: a fill that fails, or is interrupted, on a database this
        // command made removes the file again.
        InterruptsStopFill interrupts;
        ctx.create_session("demo", created, [&](lac::Session& s) {
            ProgressLine line(ctx, "lac demo");  // cleared however the fill ends
            interrupts.fill(s.db);
            totals = lac::fill_demo(s, request, line.progress());
        });
        using lac::counted;
        ctx.note(fmt::format("demo: {}, {}, {}, {}, {}, {}, {} in {}",
                             counted(request.coordinators, "coordinator", "coordinators"),
                             counted(totals.people, "person", "people"),
                             counted(totals.conversations, "conversation", "conversations"),
                             counted(totals.goals, "goal", "goals"),
                             counted(totals.connections, "connection", "connections"),
                             counted(totals.contributions, "contribution", "contributions"),
                             counted(totals.avoided, "avoided crisis", "avoided crises"), ctx.database_shown()));
    });
}
