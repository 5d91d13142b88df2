#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/people.hpp"
#include "lac/util/ref.hpp"
#include "lac/report/views.hpp"
#include "render_person.hpp"

namespace {

struct Args {
    std::string who, name, coordinator, area, source, support, gifts, birth_year, on, reason, to, status;
};

void add_field_options(CLI::App* cmd, Args& a) {
    cmd->add_option("--area", a.area, "where they live (a neighbourhood or estate)");
    cmd->add_option("--source", a.source, "who introduced them: self, family, neighbour, gp, social-work, "
                                          "health, housing, community, other (default self)");
    cmd->add_option("--support", a.support, "walking-alongside (default) or introduction");
    cmd->add_option("--gifts", a.gifts, "gifts and skills they could share, in a short phrase");
    cmd->add_option("--birth-year", a.birth_year, "year of birth (optional)");
}

lac::PersonFields fields_from(CLI::App* cmd, const Args& a, Context& ctx) {
    lac::PersonFields f;
    if (given(cmd, "--name") || given(cmd, "name")) f.name = a.name;
    if (given(cmd, "--area")) f.area = a.area;
    if (given(cmd, "--source")) f.source = a.source;
    if (given(cmd, "--support")) f.support = a.support;
    if (given(cmd, "--gifts")) f.gifts = a.gifts;
    if (given(cmd, "--birth-year")) f.birth_year = a.birth_year;
    if (given(cmd, "--on") || given(cmd, "--opened-on")) f.opened_on = ctx.parse_date(a.on);
    return f;
}

void add_person_cmds(CLI::App* group, Context& ctx, std::shared_ptr<Args> a) {
    auto* add = group->add_subcommand("add", "add a person; prints their reference");
    add->add_option("name", a->name, "the name they like to be called by")->required();
    add->add_option("--coordinator", a->coordinator, "who walks alongside them (default: you)");
    add_field_options(add, *a);
    add->add_option("--on", a->on, "the day they were opened (default today)");
    add->callback([&ctx, a, add] {
        auto fields = fields_from(add, *a, ctx);
        auto& s = ctx.session("person add");
        auto p = lac::add_person(s, fields, a->coordinator);
        ctx.out << lac::make_ref('P', p.id) << '\n';
        for (const auto& other : lac::namesakes(s, p))
            ctx.note(fmt::format("note: P{} is also called {}; use the references to tell them apart", other.id,
                                 other.name));
    });

    auto* edit = group->add_subcommand("edit", "change a person's details");
    edit->add_option("person", a->who, "P12, 12, or a name")->required();
    edit->add_option("--name", a->name, "the name they like to be called by");
    add_field_options(edit, *a);
    edit->add_option("--opened-on", a->on, "correct the day they were opened");
    edit->callback([&ctx, a, edit] {
        auto fields = fields_from(edit, *a, ctx);
        auto& s = ctx.session("person edit");
        auto p = lac::edit_person(s, a->who, fields);
        ctx.note("updated " + lac::make_ref('P', p.id));
    });
}

void add_lifecycle_cmds(CLI::App* group, Context& ctx, std::shared_ptr<Args> a) {
    auto* close = group->add_subcommand("close", "close a person's record");
    close->add_option("person", a->who, "P12, 12, or a name")->required();
    close->add_option("--reason", a->reason, "goals-met, moved, declined, services, died or other")->required();
    close->add_option("--on", a->on, "the day (default today)");
    close->callback([&ctx, a] {
        auto on = ctx.parse_date_option(a->on);
        auto& s = ctx.session("person close");
        auto p = lac::close_person(s, a->who, a->reason, on);
        ctx.note("closed " + lac::make_ref('P', p.id) + " on " + lac::to_iso(*p.closed_on));
    });

    auto* reopen = group->add_subcommand("reopen", "reopen a closed person");
    reopen->add_option("person", a->who, "P12, 12, or a name")->required();
    reopen->callback([&ctx, a] {
        auto& s = ctx.session("person reopen");
        auto p = lac::reopen_person(s, a->who);
        ctx.note("reopened " + lac::make_ref('P', p.id));
    });

    auto* transfer = group->add_subcommand("transfer", "hand a person to another coordinator");
    transfer->add_option("person", a->who, "P12, 12, or a name")->required();
    transfer->add_option("--to", a->to, "the coordinator's handle")->required();
    transfer->add_option("--on", a->on, "the day the new coordinator starts (default today)");
    transfer->callback([&ctx, a] {
        auto on = ctx.parse_date_option(a->on);
        auto& s = ctx.session("person transfer");
        auto p = lac::transfer_person(s, a->who, a->to, on);
        ctx.note("transferred " + lac::make_ref('P', p.id) + " to " + p.coordinator);
    });
}

void add_view_cmds(CLI::App* group, Context& ctx, std::shared_ptr<Args> a) {
    auto* list = group->add_subcommand("list", "list people");
    list->add_option("--coordinator", a->coordinator, "only this coordinator's people");
    list->add_option("--status", a->status, "active or closed");
    list->add_option("--area", a->area, "only this area");
    list->callback([&ctx, a] {
        auto format = ctx.format({lac::Format::table, lac::Format::csv, lac::Format::json});
        auto& s = ctx.session("person list");
        auto people = lac::list_people(s, {a->coordinator, a->status, a->area});
        lac::render(ctx.out, lac::people_table(people), format, ctx.style());
    });

    auto* show = group->add_subcommand("show", "everything about one person");
    show->add_option("person", a->who, "P12, 12, or a name")->required();
    show->callback([&ctx, a] {
        auto format = ctx.format({lac::Format::table, lac::Format::json});
        auto& s = ctx.session("person show");
        auto record = lac::person_record(s, a->who, 10);
        if (format == lac::Format::json)
            ctx.out << lac::person_json(record).dump(2) << '\n';
        else
            render_person_record(ctx.out, record, ctx.today());
    });
}

}  // namespace

void register_person(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("person", "the people walked alongside: add, list, show, edit, "
                                               "close, reopen, transfer");
    group->require_subcommand(1);
    auto a = std::make_shared<Args>();
    add_person_cmds(group, ctx, a);
    add_lifecycle_cmds(group, ctx, a);
    add_view_cmds(group, ctx, a);
}
