#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/team.hpp"
#include "lac/report/views.hpp"

namespace {

struct Args {
    std::string handle, name, team, neighbourhood, capacity;
    bool all = false;
};

void add_field_options(CLI::App* cmd, Args& a) {
    cmd->add_option("--name", a.name, "full name");
    cmd->add_option("--team", a.team, "team (default: the team given to lac init)");
    cmd->add_option("--neighbourhood", a.neighbourhood, "the neighbourhood they cover");
    cmd->add_option("--capacity", a.capacity, "people walked alongside: N, or a band MIN-MAX (default from config)");
}

lac::CoordinatorFields fields_from(CLI::App* cmd, const Args& a) {
    lac::CoordinatorFields f;
    if (given(cmd, "--name")) f.name = a.name;
    if (given(cmd, "--team")) f.team = a.team;
    if (given(cmd, "--neighbourhood")) f.neighbourhood = a.neighbourhood;
    if (given(cmd, "--capacity")) f.capacity = lac::parse_capacity(a.capacity);
    return f;
}

}  // namespace

void register_coordinator(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("coordinator", "the team: add, list, edit, retire");
    group->require_subcommand(1);
    auto a = std::make_shared<Args>();

    auto* add = group->add_subcommand("add", "add a coordinator");
    add->add_option("handle", a->handle, "short login-style handle, such as asha")->required();
    add_field_options(add, *a);
    add->get_option("--name")->required();
    add->callback([&ctx, a, add] {
        auto fields = fields_from(add, *a);
        auto& s = ctx.session("coordinator add");
        auto c = lac::add_coordinator(s, a->handle, fields);
        ctx.out << c.handle << '\n';
    });

    auto* list = group->add_subcommand("list", "list coordinators with their caseload against capacity");
    list->add_option("--team", a->team, "only this team");
    list->add_flag("--all", a->all, "include retired coordinators");
    list->callback([&ctx, a] {
        auto format = ctx.format({lac::Format::table, lac::Format::csv, lac::Format::json});
        auto& s = ctx.session("coordinator list");
        lac::render(ctx.out, lac::coordinators_table(lac::list_coordinators(s, a->team, a->all)), format,
                    ctx.style());
    });

    auto* edit = group->add_subcommand("edit", "change a coordinator's name, team, neighbourhood or capacity");
    edit->add_option("handle", a->handle, "the coordinator")->required();
    add_field_options(edit, *a);
    edit->callback([&ctx, a, edit] {
        auto fields = fields_from(edit, *a);
        auto& s = ctx.session("coordinator edit");
        auto c = lac::edit_coordinator(s, a->handle, fields);
        ctx.note("updated " + c.handle);
    });

    auto* retire = group->add_subcommand("retire", "mark a coordinator as no longer active");
    retire->add_option("handle", a->handle, "the coordinator")->required();
    retire->callback([&ctx, a] {
        auto& s = ctx.session("coordinator retire");
        auto c = lac::retire_coordinator(s, a->handle);
        ctx.note("retired " + c.handle);
    });
}
