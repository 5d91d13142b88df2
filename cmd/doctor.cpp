#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/paths.hpp"
#include "lac/report/doctor.hpp"
#include "lac/util/errors.hpp"

void register_doctor(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("doctor", "check the database, its files and the config (exit 1 if any fails)");
    cmd->callback([&ctx] {
        auto format = ctx.format({lac::Format::table, lac::Format::json});
        auto where = lac::locate_config(ctx.options.config);
        std::error_code ec;
        bool present = where.named || std::filesystem::exists(where.path, ec);
        // A config that does not load is one failed check, not the end: the rest are
        // worth knowing while it is mended, so they run with the shipped defaults.
        std::optional<std::string> problem;
        lac::Config defaults;
        const lac::Config* config = &defaults;
        try {
            config = &ctx.config();
        } catch (const lac::Error& e) {
            problem = e.what();
            defaults = lac::load_config(std::nullopt);
        }
        lac::DoctorInput in{lac::locate_database(ctx.options.db, *config), *config, where.path, present, problem,
                            ctx.today()};
        auto report = lac::diagnose(in);
        lac::write_doctor(ctx.out, report, format);
        if (!report.ok())
            throw lac::Error(lac::ExitCode::failed,
                             fmt::format("{} of {} checks failed", report.failed(), report.checks.size()));
    });
}
