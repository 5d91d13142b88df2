#include <filesystem>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/paths.hpp"
#include "lac/util/text.hpp"

namespace {

std::vector<lac::EffectiveSetting> effective(Context& ctx) {
    return lac::effective_settings(ctx.config(), lac::locate_config(ctx.options.config), ctx.options.db,
                                   ctx.options.as);
}

}  // namespace

void register_config(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("config", "the effective configuration: get KEY, list, path");
    group->require_subcommand(1);
    auto key = std::make_shared<std::string>();

    auto* get = group->add_subcommand("get", "print one key's effective value");
    get->add_option("key", *key, "section.key, such as caseload.stale_after_days")->required();
    get->callback([&ctx, key] {
        std::vector<std::string> keys;
        for (const auto& e : effective(ctx)) {
            if (e.key == *key) {
                ctx.out << e.plain << '\n';  // a string prints bare, for scripts
                return;
            }
            keys.push_back(e.key);
        }
        throw lac::UsageError("there is no config key '" + *key + "'" + lac::did_you_mean(*key, keys) +
                              "; see 'lac config list'");
    });

    auto* list = group->add_subcommand("list", "print every effective key and value, and where it came from");
    list->callback([&ctx] {
        for (const auto& e : effective(ctx)) ctx.out << e.key << " = " << e.toml << "  # " << e.origin << '\n';
    });

    auto* path = group->add_subcommand("path", "print the config file in effect, and the database");
    path->callback([&ctx] {
        auto where = lac::locate_config(ctx.options.config);
        std::error_code ec;
        ctx.out << where.path.string() << '\n';
        if (!std::filesystem::exists(where.path, ec)) ctx.note("(no such file: the shipped defaults apply)");
        ctx.note("database: " + ctx.database_shown());
    });
}
