#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/connections.hpp"
#include "lac/util/ref.hpp"

void register_connect(CLI::App& app, Context& ctx) {
    auto f = std::make_shared<lac::ConnectFields>();
    auto on = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("connect", "connect a person to an asset, a peer, or someone in their life; "
                                              "prints its reference");
    cmd->add_option("person", f->person, "P12, 12, or a name")->required();
    cmd->add_option("asset", f->asset, "an asset on the map: A7, 7, or its name");
    cmd->add_option("--peer", f->peer, "another person on the caseload");
    auto natural = std::make_shared<std::string>();
    cmd->add_option("--natural", *natural, "someone in their own life, such as \"daughter Sarah\"");
    cmd->add_option("--on", *on, "the day (default today)");
    cmd->add_option("--status", f->status, "introduced (default), engaged or sustained");
    cmd->callback([&ctx, f, on, natural, cmd] {
        if (given(cmd, "--natural")) f->natural = *natural;
        f->on = ctx.parse_date_option(*on);
        auto k = lac::connect(ctx.session("connect"), *f);
        ctx.out << lac::make_ref('K', k.id) << '\n';
    });
}
