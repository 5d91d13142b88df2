#include <filesystem>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/paths.hpp"
#include "lac/util/text.hpp"

void register_config(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("config", "the effective configuration: get KEY, list, path");
    group->require_subcommand(1);
    auto key = std::make_shared<std::string>();

    auto* get = group->add_subcommand("get", "print one key's effective value");
    get->add_option("key", *key, "section.key, such as caseload.stale_after_days")->required();
    get->callback([&ctx, key] {
        const auto& config = ctx.config();
        auto value = config.get(*key);
        if (!value) {
            std::vector<std::string> keys;
            for (const auto& e : config.entries) keys.push_back(e.key);
            throw lac::UsageError("there is no config key '" + *key + "'" + lac::did_you_mean(*key, keys) +
                                  "; see 'lac config list'");
        }
        ctx.out << *value << '\n';  // a string prints bare, for scripts
    });

    auto* list = group->add_subcommand("list", "print every effective key and value");
    list->callback([&ctx] {
        for (const auto& e : ctx.config().entries) ctx.out << e.key << " = " << e.toml << '\n';
    });

    auto* path = group->add_subcommand("path", "print the config file in effect, and the database");
    path->callback([&ctx] {
        auto where = lac::locate_config(ctx.options.config);
        std::error_code ec;
        ctx.out << where.path.string() << '\n';
        if (!std::filesystem::exists(where.path, ec)) ctx.note("(no such file: the shipped defaults apply)");
        ctx.note("database: " + ctx.database_path());
    });
}
