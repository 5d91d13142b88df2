#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/connections.hpp"
#include "lac/util/ref.hpp"
#include "lac/report/views.hpp"
#include "corrections.hpp"
#include "parsed_options.hpp"

namespace {

struct Move {
    std::string connection, status;
    std::optional<lac::Date> on;
};

}  // namespace

void register_connection(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("connection", "connections already made: set, edit, list");
    group->require_subcommand(1);
    auto move = std::make_shared<Bound<Move>>(ctx);
    auto& m = move->fields;
    auto* set = group->add_subcommand("set", "move a connection on: introduced, engaged, sustained, ended");
    set->add_option("connection", m.connection, "K5 or 5")->required();
    set->add_option("--status", m.status, "introduced, engaged, sustained or ended")->required();
    move->parsed.day(set, "--on", m.on, "the day (default today)");
    on_run(set, move, [&ctx](const Move& m) {
        auto k = lac::set_connection_status(ctx.session("connection set"), m.connection, m.status, m.on);
        ctx.note(lac::make_ref(lac::ref::connection, k.id) + " is now " + k.status);
    });

    auto edited = std::make_shared<Bound<lac::ConnectionEdit>>(ctx);
    auto& e = edited->fields;
    auto* edit = group->add_subcommand("edit", "correct a connection: its words, the day it was made, its asset or peer");
    edit->add_option("connection", e.connection, "K5 or 5")->required();
    edit->add_option("--natural", e.natural, "who in their life, such as \"daughter Sarah\"");
    edit->add_option("--asset", e.asset, "the asset it is to: A7, 7, or its name");
    edit->add_option("--peer", e.peer, "the other person on the caseload");
    edited->parsed.day(edit, "--on", e.on, "the day it was made");
    on_run(edit, edited, [&ctx](const lac::ConnectionEdit& e) {
        auto done = lac::edit_connection(ctx.session("connection edit"), e);
        note_edited(ctx, lac::make_ref(lac::ref::connection, done.record.id), done.fields);
    });

    auto who = std::make_shared<std::string>();
    auto* list = group->add_subcommand("list", "list connections, one person's or everyone's");
    list->add_option("person", *who, "P12, 12, or a name (default: everyone)");
    list->callback([&ctx, who] {
        auto format = ctx.format({lac::Format::table, lac::Format::csv, lac::Format::json});
        auto connections = lac::list_connections(ctx.session("connection list"), *who);
        lac::render(ctx.out, lac::connections_table(connections), format, ctx.style());
    });
}
