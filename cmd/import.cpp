#include <filesystem>
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "lac/util/errors.hpp"
#include "lac/import/import.hpp"
#include "lac/util/text.hpp"

namespace {

// At most this many bad rows are listed; the count says how many there were.
constexpr std::size_t listed_problems = 200;

}  // namespace

void register_import(CLI::App& app, Context& ctx) {
    struct Import {
        lac::ImportRequest request;
        std::string file;
    };
    auto a = std::make_shared<Import>();
    auto& r = a->request;
    auto* cmd = app.add_subcommand("import", "load people, assets, conversations, goals or connections from CSV");
    cmd->add_option("entity", r.entity, "people, assets, conversations, goals or connections")->required();
    cmd->add_option("file", a->file, "the CSV file, with a header row (- for standard input)")->required();
    cmd->add_flag("--dry-run", r.dry_run, "check every row and write nothing");
    cmd->add_option("--map", r.maps, "COL=FIELD: read the spreadsheet's column COL as FIELD (repeatable)");
    cmd->callback([&ctx, a] {
        const auto& r = a->request;
        std::ifstream file;
        if (a->file != "-") {
            std::error_code ec;
            if (std::filesystem::is_directory(a->file, ec))
                throw lac::NoInputError(fmt::format("{} is a directory; give the CSV file", a->file));
            file.open(a->file, std::ios::binary);
            if (!file) throw lac::NoInputError(fmt::format("cannot open {}: no such file, or not readable", a->file));
        }
        std::istream& in = a->file == "-" ? std::cin : file;
        auto& s = ctx.session("import " + r.entity);
        lac::ImportResult result;
        try {
            result = lac::import_csv(s, r, in);
        } catch (const lac::DataError& e) {
            throw lac::DataError(a->file + " " + e.what());  // which file the heading or quote is in
        }
        if (!result.problems.empty()) {
            for (std::size_t i = 0; i < result.problems.size() && i < listed_problems; ++i)
                ctx.err << "lac: " << a->file << " " << result.problems[i] << '\n';
            throw lac::DataError(fmt::format("{} of {} in {} {} bad{}; nothing was imported. Mend them and "
                                             "run it again",
                                             result.problems.size(), lac::counted(result.rows, "row", "rows"), a->file, result.problems.size() == 1 ? "is" : "are",
                                             result.problems.size() > listed_problems ? " (the first 200 listed)" : ""));
        }
        if (r.dry_run)
            ctx.note(fmt::format("checked {}: all good ({} new, {} already here); nothing written (--dry-run)",
                                 lac::counted(result.rows, "row", "rows"), result.added, result.already));
        else
            ctx.note(fmt::format("imported {} ({} already here)", lac::counted(result.added, result.one, r.entity),
                                 result.already));
    });
}
