#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/assets.hpp"
#include "lac/util/ref.hpp"
#include "lac/report/views.hpp"
#include "lac/util/text.hpp"

namespace {

void add_field_options(CLI::App* cmd, lac::AssetFields& f) {
    cmd->add_option("--kind", f.kind, "what it is: " + vocab_word("asset_kinds"));
    cmd->add_option("--area", f.area, "where it is");
    cmd->add_option("--contact", f.contact, "who or how to contact");
    cmd->add_option("--notes", f.notes, "anything worth knowing (times, access, cost)");
}

void render_asset(std::ostream& out, const lac::AssetRecord& r, const lac::Style& style) {
    const auto& a = r.asset;
    out << lac::make_ref(lac::ref::asset, a.id) << "  " << a.name << (a.active ? "" : "  (retired)") << '\n';
    for (const auto& [label, value] : {std::pair{"kind", a.kind}, {"area", a.area}, {"contact", a.contact},
                                       {"notes", a.notes}})
        if (!value.empty()) out << fmt::format("  {:<8} {}\n", label, value);
    out << fmt::format("\nPeople connected now: {}\n", a.people);
    if (!r.connections.empty()) lac::write_table(out, lac::connections_table(r.connections), style);
    double hours = 0;
    for (const auto& t : r.contributions) hours += t.hours;
    out << fmt::format("\nContributions here: {} ({})\n", r.contributions.size(),
                       lac::counted(lac::Cell::num(hours).text, "hour", "hours"));
}

}  // namespace

void register_asset(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("asset", "the community map: add, list, show, edit, retire");
    group->require_subcommand(1);
    auto added = std::make_shared<lac::AssetFields>();
    auto* add = group->add_subcommand("add", "put a group, place or service on the map; prints its reference");
    add->add_option("name", added->name, "its name")->required();
    add_field_options(add, *added);
    add->get_option("--kind")->required();
    add->callback([&ctx, added] {
        auto asset = lac::add_asset(ctx.session("asset add"), *added);
        ctx.out << lac::make_ref(lac::ref::asset, asset.id) << '\n';
    });

    struct Listing {
        std::string kind, area;
        bool all = false;
    };
    auto listing = std::make_shared<Listing>();
    auto* list = group->add_subcommand("list", "list the map, with how many people each connects");
    list->add_option("--kind", listing->kind, "only this kind");
    list->add_option("--area", listing->area, "only this area");
    list->add_flag("--all", listing->all, "include retired assets");
    list->callback([&ctx, listing] {
        auto format = ctx.format({lac::Format::table, lac::Format::csv, lac::Format::json});
        auto assets = lac::list_assets(ctx.session("asset list"), listing->kind, listing->area, listing->all);
        lac::render(ctx.out, lac::assets_table(assets), format, ctx.style());
    });

    auto shown = std::make_shared<std::string>();
    auto* show = group->add_subcommand("show", "one asset, who is connected to it, what was given there");
    show->add_option("asset", *shown, "A7, 7, or a name")->required();
    show->callback([&ctx, shown] {
        auto format = ctx.format({lac::Format::table, lac::Format::json});
        auto record = lac::asset_record(ctx.session("asset show"), *shown);
        if (format == lac::Format::json)
            ctx.out << lac::asset_json(record).dump(2) << '\n';
        else
            render_asset(ctx.out, record, ctx.style());
    });

    struct Edit {
        std::string asset;
        lac::AssetFields fields;
    };
    auto edited = std::make_shared<Edit>();
    auto* edit = group->add_subcommand("edit", "change an asset's details");
    edit->add_option("asset", edited->asset, "A7, 7, or a name")->required();
    edit->add_option("--name", edited->fields.name, "its name");
    add_field_options(edit, edited->fields);
    edit->callback([&ctx, edited] {
        auto asset = lac::edit_asset(ctx.session("asset edit"), edited->asset, edited->fields);
        ctx.note("updated " + lac::make_ref(lac::ref::asset, asset.id));
    });

    auto retired = std::make_shared<std::string>();
    auto* retire = group->add_subcommand("retire", "take an asset off the map (its history stays)");
    retire->add_option("asset", *retired, "A7, 7, or a name")->required();
    retire->callback([&ctx, retired] {
        auto asset = lac::retire_asset(ctx.session("asset retire"), *retired);
        ctx.note("retired " + lac::make_ref(lac::ref::asset, asset.id));
    });
}
