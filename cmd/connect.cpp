#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/connections.hpp"
#include "lac/util/ref.hpp"
#include "parsed_options.hpp"

void register_connect(CLI::App& app, Context& ctx) {
    auto connection = std::make_shared<Bound<lac::ConnectFields>>(ctx);
    auto& f = connection->fields;
    auto* cmd = app.add_subcommand("connect", "connect a person to an asset, a peer, or someone in their life; "
                                              "prints its reference");
    cmd->add_option("person", f.person, "P12, 12, or a name")->required();
    cmd->add_option("asset", f.asset, "an asset on the map: A7, 7, or its name");
    cmd->add_option("--peer", f.peer, "another person on the caseload");
    cmd->add_option("--natural", f.natural, "someone in their own life, such as \"daughter Sarah\"");
    connection->parsed.day(cmd, "--on", f.on, "the day (default today)");
    cmd->add_option("--status", f.status, "introduced (default), engaged or sustained");
    on_run(cmd, connection, [&ctx](const lac::ConnectFields& f) {
        auto k = lac::connect(ctx.session("connect"), f);
        ctx.out << lac::make_ref(lac::ref::connection, k.id) << '\n';
    });
}
