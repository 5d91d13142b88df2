#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/people.hpp"
#include "lac/util/ref.hpp"
#include "lac/report/timeline.hpp"
#include "lac/report/views.hpp"
#include "pager.hpp"
#include "parsed_options.hpp"
#include "render_person.hpp"

namespace {

using Details = Bound<lac::PersonFields>;

void add_field_options(CLI::App* cmd, Details& d, Context& ctx, const char* opened, const char* opened_help) {
    auto& f = d.fields;
    cmd->add_option("--area", f.area, "where they live (a neighbourhood or estate)");
    cmd->add_option("--source", f.source, "who introduced them: " + vocab_word("sources") + "; default self");
    cmd->add_option("--support", f.support, "walking-alongside (default) or introduction");
    cmd->add_option("--gifts", f.gifts, "gifts and skills they could share, in a short phrase");
    cmd->add_option("--birth-year", f.birth_year, "year of birth (optional)");
    // Unlike other days, a blank opening day is refused rather than taken as today.
    d.parsed.add(cmd, opened, f.opened_on, [&ctx](const std::string& text) { return ctx.parse_date(text); },
                 opened_help)
        ->type_name("DATE");
}

void add_person_cmds(CLI::App* group, Context& ctx) {
    auto added = std::make_shared<Details>(ctx);
    auto coordinator = std::make_shared<std::string>();
    auto* add = group->add_subcommand("add", "add a person; prints their reference");
    add->add_option("name", added->fields.name, "the name they like to be called by")->required();
    add->add_option("--coordinator", *coordinator, "who walks alongside them (default: you)")->type_name("HANDLE");
    add_field_options(add, *added, ctx, "--on", "the day they were opened (default today)");
    on_run(add, added, [&ctx, coordinator](const lac::PersonFields& f) {
        auto& s = ctx.session("person add");
        auto p = lac::add_person(s, f, *coordinator);
        ctx.out << lac::make_ref(lac::ref::person, p.id) << '\n';
        for (const auto& other : lac::namesakes(s, p))
            ctx.note(fmt::format("note: P{} is also called {}; use the references to tell them apart", other.id,
                                 other.name));
    });

    auto edited = std::make_shared<Details>(ctx);
    auto who = std::make_shared<std::string>();
    auto* edit = group->add_subcommand("edit", "change a person's details");
    edit->add_option("person", *who, "P12, 12, or a name")->required();
    edit->add_option("--name", edited->fields.name, "the name they like to be called by");
    add_field_options(edit, *edited, ctx, "--opened-on", "correct the day they were opened");
    edited->parsed.add(edit, "--next", edited->fields.next_on,
                       [&ctx](const std::string& text) { return ctx.parse_future_date_option(text); },
                       "the next contact meant: YYYY-MM-DD, tomorrow, +10d, +2w, +1m ('' for none)")
        ->type_name("DATE");
    on_run(edit, edited, [&ctx, who](const lac::PersonFields& f) {
        auto p = lac::edit_person(ctx.session("person edit"), *who, f);
        ctx.note("updated " + lac::make_ref(lac::ref::person, p.id));
    });
}

struct Closing {
    std::string who, reason;
    std::optional<lac::Date> on;
};

struct Transfer {
    std::string who, to;
    std::optional<lac::Date> on;
};

void add_lifecycle_cmds(CLI::App* group, Context& ctx) {
    auto closing = std::make_shared<Bound<Closing>>(ctx);
    auto& c = closing->fields;
    auto* close = group->add_subcommand("close", "close a person's record");
    close->add_option("person", c.who, "P12, 12, or a name")->required();
    close->add_option("--reason", c.reason, "goals-met, moved, declined, services, died or other")->required();
    closing->parsed.day(close, "--on", c.on, "the day (default today)");
    on_run(close, closing, [&ctx](const Closing& c) {
        auto p = lac::close_person(ctx.session("person close"), c.who, c.reason, c.on);
        ctx.note("closed " + lac::make_ref(lac::ref::person, p.id) + " on " + lac::to_iso(*p.closed_on));
    });

    auto who = std::make_shared<std::string>();
    auto* reopen = group->add_subcommand("reopen", "reopen a closed person");
    reopen->add_option("person", *who, "P12, 12, or a name")->required();
    reopen->callback([&ctx, who] {
        auto p = lac::reopen_person(ctx.session("person reopen"), *who);
        ctx.note("reopened " + lac::make_ref(lac::ref::person, p.id));
    });

    auto transfer = std::make_shared<Bound<Transfer>>(ctx);
    auto& t = transfer->fields;
    auto* cmd = group->add_subcommand("transfer", "hand a person to another coordinator");
    cmd->add_option("person", t.who, "P12, 12, or a name")->required();
    cmd->add_option("--to", t.to, "the coordinator's handle")->type_name("HANDLE")->required();
    transfer->parsed.day(cmd, "--on", t.on, "the day the new coordinator starts (default today)");
    on_run(cmd, transfer, [&ctx](const Transfer& t) {
        auto p = lac::transfer_person(ctx.session("person transfer"), t.who, t.to, t.on);
        ctx.note("transferred " + lac::make_ref(lac::ref::person, p.id) + " to " + p.coordinator);
    });
}

void add_view_cmds(CLI::App* group, Context& ctx) {
    auto query = std::make_shared<lac::PeopleQuery>();
    auto* list = group->add_subcommand("list", "list people");
    list->add_option("--coordinator", query->coordinator, "only this coordinator's people")->type_name("HANDLE");
    list->add_option("--status", query->status, "active or closed");
    list->add_option("--area", query->area, "only this area");
    list->callback([&ctx, query] {
        auto format = ctx.format({lac::Format::table, lac::Format::csv, lac::Format::json});
        auto& s = ctx.session("person list");
        lac::render(ctx.out, lac::people_table(lac::list_people(s, *query)), format, ctx.style());
    });

    auto who = std::make_shared<std::string>();
    auto* show = group->add_subcommand("show", "everything about one person");
    show->add_option("person", *who, "P12, 12, or a name")->required();
    show->callback([&ctx, who] {
        auto format = ctx.format({lac::Format::table, lac::Format::json});
        auto& s = ctx.session("person show");
        auto record = lac::person_record(s, *who, 10);
        if (format == lac::Format::json)
            ctx.out << lac::person_json(record).dump(2) << '\n';
        else
            render_person_record(ctx.out, record, ctx.today());
    });

    auto whose = std::make_shared<std::string>();
    auto* timeline = group->add_subcommand("timeline", "every record about one person, in date order");
    timeline->add_option("person", *whose, "P12, 12, or a name")->required();
    auto out = ctx.output(timeline);
    timeline->callback([&ctx, whose, out] {
        using lac::Format;
        auto format = ctx.format({Format::table, Format::md, Format::csv, Format::json});
        auto t = lac::person_timeline(ctx.session("person timeline"), *whose);
        auto& to = out();
        auto style = ctx.style();
        if (format == Format::table && &to == &ctx.out) page_stdout();  // a terminal's reader, not -o
        switch (format) {
            case Format::md: return lac::write_timeline_markdown(to, t);
            case Format::csv: return lac::write_csv(to, lac::timeline_table(t));
            case Format::json: to << lac::timeline_json(t).dump(2) << '\n'; return;
            default: return lac::write_timeline(to, t, style);
        }
    });
}

}  // namespace

void register_person(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("person", "the people walked alongside: add, list, show, edit, "
                                               "close, reopen, transfer, timeline, export, forget");
    group->require_subcommand(1);
    add_person_cmds(group, ctx);
    add_lifecycle_cmds(group, ctx);
    add_view_cmds(group, ctx);
    add_person_rights(group, ctx);
}
