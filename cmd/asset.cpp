#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/assets.hpp"
#include "lac/util/ref.hpp"
#include "lac/report/views.hpp"

namespace {

struct Args {
    std::string asset, name, kind, area, contact, notes;
    bool all = false;
};

void add_field_options(CLI::App* cmd, Args& a) {
    cmd->add_option("--kind", a.kind, "group, faith, library, timebank, sport, arts, volunteering, employer, "
                                      "learning, service, other");
    cmd->add_option("--area", a.area, "where it is");
    cmd->add_option("--contact", a.contact, "who or how to contact");
    cmd->add_option("--notes", a.notes, "anything worth knowing (times, access, cost)");
}

lac::AssetFields fields_from(CLI::App* cmd, const Args& a) {
    lac::AssetFields f;
    if (given(cmd, "--name") || given(cmd, "name")) f.name = a.name;
    if (given(cmd, "--kind")) f.kind = a.kind;
    if (given(cmd, "--area")) f.area = a.area;
    if (given(cmd, "--contact")) f.contact = a.contact;
    if (given(cmd, "--notes")) f.notes = a.notes;
    return f;
}

void render_asset(std::ostream& out, const lac::AssetRecord& r, const lac::Style& style) {
    const auto& a = r.asset;
    out << lac::make_ref('A', a.id) << "  " << a.name << (a.active ? "" : "  (retired)") << '\n';
    for (const auto& [label, value] : {std::pair{"kind", a.kind}, {"area", a.area}, {"contact", a.contact},
                                       {"notes", a.notes}})
        if (!value.empty()) out << fmt::format("  {:<8} {}\n", label, value);
    out << fmt::format("\nPeople connected now: {}\n", a.people);
    if (!r.connections.empty()) lac::write_table(out, lac::connections_table(r.connections), style);
    double hours = 0;
    for (const auto& t : r.contributions) hours += t.hours;
    out << fmt::format("\nContributions here: {} ({} hours)\n", r.contributions.size(), lac::Cell::num(hours).text);
}

}  // namespace

void register_asset(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("asset", "the community map: add, list, show, edit, retire");
    group->require_subcommand(1);
    auto a = std::make_shared<Args>();

    auto* add = group->add_subcommand("add", "put a group, place or service on the map; prints its reference");
    add->add_option("name", a->name, "its name")->required();
    add_field_options(add, *a);
    add->get_option("--kind")->required();
    add->callback([&ctx, a, add] {
        auto fields = fields_from(add, *a);
        auto asset = lac::add_asset(ctx.session("asset add"), fields);
        ctx.out << lac::make_ref('A', asset.id) << '\n';
    });

    auto* list = group->add_subcommand("list", "list the map, with how many people each connects");
    list->add_option("--kind", a->kind, "only this kind");
    list->add_option("--area", a->area, "only this area");
    list->add_flag("--all", a->all, "include retired assets");
    list->callback([&ctx, a] {
        auto format = ctx.format({lac::Format::table, lac::Format::csv, lac::Format::json});
        auto assets = lac::list_assets(ctx.session("asset list"), a->kind, a->area, a->all);
        lac::render(ctx.out, lac::assets_table(assets), format, ctx.style());
    });

    auto* show = group->add_subcommand("show", "one asset, who is connected to it, what was given there");
    show->add_option("asset", a->asset, "A7, 7, or a name")->required();
    show->callback([&ctx, a] {
        auto format = ctx.format({lac::Format::table, lac::Format::json});
        auto record = lac::asset_record(ctx.session("asset show"), a->asset);
        if (format == lac::Format::json)
            ctx.out << lac::asset_json(record).dump(2) << '\n';
        else
            render_asset(ctx.out, record, ctx.style());
    });

    auto* edit = group->add_subcommand("edit", "change an asset's details");
    edit->add_option("asset", a->asset, "A7, 7, or a name")->required();
    edit->add_option("--name", a->name, "its name");
    add_field_options(edit, *a);
    edit->callback([&ctx, a, edit] {
        auto fields = fields_from(edit, *a);
        auto asset = lac::edit_asset(ctx.session("asset edit"), a->asset, fields);
        ctx.note("updated " + lac::make_ref('A', asset.id));
    });

    auto* retire = group->add_subcommand("retire", "take an asset off the map (its history stays)");
    retire->add_option("asset", a->asset, "A7, 7, or a name")->required();
    retire->callback([&ctx, a] {
        auto asset = lac::retire_asset(ctx.session("asset retire"), a->asset);
        ctx.note("retired " + lac::make_ref('A', asset.id));
    });
}
