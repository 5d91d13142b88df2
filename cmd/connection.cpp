#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/connections.hpp"
#include "lac/util/ref.hpp"
#include "lac/report/views.hpp"

namespace {

struct Args {
    std::string connection, status, on, who;
};

}  // namespace

void register_connection(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("connection", "connections already made: set, list");
    group->require_subcommand(1);
    auto a = std::make_shared<Args>();

    auto* set = group->add_subcommand("set", "move a connection on: introduced, engaged, sustained, ended");
    set->add_option("connection", a->connection, "K5 or 5")->required();
    set->add_option("--status", a->status, "introduced, engaged, sustained or ended")->required();
    set->add_option("--on", a->on, "the day (default today)");
    set->callback([&ctx, a] {
        auto on = ctx.parse_date_option(a->on);
        auto k = lac::set_connection_status(ctx.session("connection set"), a->connection, a->status, on);
        ctx.note(lac::make_ref('K', k.id) + " is now " + k.status);
    });

    auto* list = group->add_subcommand("list", "list connections, one person's or everyone's");
    list->add_option("person", a->who, "P12, 12, or a name (default: everyone)");
    list->callback([&ctx, a] {
        auto format = ctx.format({lac::Format::table, lac::Format::csv, lac::Format::json});
        auto connections = lac::list_connections(ctx.session("connection list"), a->who);
        lac::render(ctx.out, lac::connections_table(connections), format, ctx.style());
    });
}
