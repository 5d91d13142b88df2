#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/giving.hpp"
#include "lac/util/ref.hpp"
#include "parsed_options.hpp"

void register_contribute(CLI::App& app, Context& ctx) {
    auto contribution = std::make_shared<Bound<lac::ContributionFields>>(ctx);
    auto& f = contribution->fields;
    auto* cmd = app.add_subcommand("contribute", "record what a person gave; prints its reference");
    cmd->add_option("person", f.person, "P12, 12, or a name")->required();
    cmd->add_option("what", f.what, "what they gave, such as \"helped run the coffee morning\"")->required();
    cmd->add_option("--hours", f.hours, "how many hours, such as 2 or 1.5")->required();
    cmd->add_option("--asset", f.asset, "where: an asset on the map (A7, 7, or its name)");
    contribution->parsed.day(cmd, "--on", f.on, "the day (default today)");
    on_run(cmd, contribution, [&ctx](const lac::ContributionFields& f) {
        auto t = lac::contribute(ctx.session("contribute"), f);
        ctx.out << lac::make_ref(lac::ref::contribution, t.id) << '\n';
    });
}
