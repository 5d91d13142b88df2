#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "interrupts.hpp"
#include "progress_line.hpp"
#include "lac/util/errors.hpp"
#include "lac/import/import.hpp"
#include "lac/report/doctor.hpp"
#include "lac/util/csv_reader.hpp"
#include "lac/util/text.hpp"

namespace {

// At most this many bad rows are listed; the count says how many there were.
constexpr std::size_t listed_problems = 200;

// Lists a file's bad rows and differing rows on stderr; returns how many there were of each.
std::pair<std::size_t, std::size_t> tell_bad_rows(Context& ctx, const std::string& file, const lac::ImportResult& r,
                                                  std::size_t& listed) {
    for (const auto* lines : {&r.problems, &r.differences})
        for (const auto& line : *lines)
            if (listed < listed_problems) ctx.err << "lac: " << file << " " << line << '\n', ++listed;
    return {r.problems.size(), r.differences.size()};
}

// The one line that ends a failed import: what was wrong, that nothing was written, and the way on.
[[noreturn]] void refuse(std::size_t bad, std::size_t differ, long rows, const std::string& where, bool cut) {
    std::string said = cut ? " (the first 200 listed)" : "";
    if (bad > 0)
        throw lac::DataError(fmt::format("{} of {} in {} {} bad{}{}; nothing was imported. Mend them and run it again",
                                         bad, lac::counted(rows, "row", "rows"), where, bad == 1 ? "is" : "are",
                                         differ ? fmt::format(", and {} differ{} from the records here", differ,
                                                              differ == 1 ? "s" : "") : "",
                                         said));
    throw lac::DataError(fmt::format("{} of {} in {} differ{} from the records here{}; nothing was imported. "
                                     "Apply them as corrections with --update, or mend the file",
                                     differ, lac::counted(rows, "row", "rows"), where, differ == 1 ? "s" : "", said));
}

std::string outcome(const lac::ImportResult& r, std::string entity) {
    std::replace(entity.begin(), entity.end(), '_', ' ');  // goal_notes: 2 goal notes
    std::string said = fmt::format("{} ({} already here", lac::counted(r.added, r.one, entity), r.already);
    if (r.updated) said += fmt::format(", {} corrected", r.updated);
    return said + ")";
}

void import_one(Context& ctx, const lac::ImportRequest& r, const std::string& path) {
    std::ifstream file;
    if (path != "-") {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec))
            throw lac::NoInputError(fmt::format("{} is a directory; give the CSV file (or 'lac import all {}')", path,
                                                path));
        file.open(path, std::ios::binary);
        if (!file) throw lac::NoInputError(fmt::format("cannot open {}: no such file, or not readable", path));
    }
    std::istream& in = path == "-" ? std::cin : file;
    InterruptsStopFill interrupts;
    auto& s = ctx.session("import " + r.entity);
    lac::ImportResult result;
    try {
        ProgressLine line(ctx, "lac import");  // cleared before the bad rows are listed
        interrupts.fill(s.db);
        result = lac::import_csv(s, r, in, line.progress());
    } catch (const lac::NotUtf8Error& e) {
        if (path == "-") throw lac::DataError(path + " " + e.what());
        throw lac::DataError(fmt::format("{} {}; convert it with iconv -f {} -t UTF-8 {} > {} and import that", path,
                                         e.problem(), e.encoding(), lac::shell_word(path),
                                         lac::shell_word(path + ".utf8")));
    } catch (const lac::DataError& e) {
        throw lac::DataError(path + " " + e.what());  // which file the heading or quote is in
    } catch (const lac::PermissionError& e) {
        throw lac::PermissionError(path + " " + e.what());  // which file the refused row is in
    }
    std::size_t listed = 0;
    auto [bad, differ] = tell_bad_rows(ctx, path, result, listed);
    if (bad || differ) refuse(bad, differ, result.rows, path, bad + differ > listed);
    if (r.dry_run)
        ctx.note(fmt::format("checked {}: all good ({} new, {} already here{}); nothing written (--dry-run)",
                             lac::counted(result.rows, "row", "rows"), result.added, result.already,
                             result.updated ? fmt::format(", {} to correct", result.updated) : ""));
    else
        ctx.note("imported " + outcome(result, r.entity));
}

void import_directory(Context& ctx, const lac::ImportRequest& r, const std::string& dir) {
    InterruptsStopFill interrupts;
    auto& s = ctx.session("import all");
    lac::ImportAllResult all;
    {
        ProgressLine line(ctx, "lac import all");
        interrupts.fill(s.db);
        all = lac::import_all(s, dir, r, line.progress());
    }
    std::size_t listed = 0, bad = 0, differ = 0;
    long rows = 0;
    for (const auto& [entity, result] : all.files) {
        auto [b, d] = tell_bad_rows(ctx, (std::filesystem::path(dir) / (entity + ".csv")).string(), result, listed);
        bad += b, differ += d, rows += result.rows;
    }
    if (bad || differ) refuse(bad, differ, rows, dir, bad + differ > listed);
    for (const auto& [entity, result] : all.files)
        ctx.note(fmt::format("{} {}", r.dry_run ? "checked" : "imported", outcome(result, entity)));
    if (r.dry_run) ctx.note("nothing written (--dry-run)");
}

}  // namespace

void register_import(CLI::App& app, Context& ctx) {
    struct Import {
        lac::ImportRequest request;
        std::string file;
        std::string delimiter = ",";
    };
    auto a = std::make_shared<Import>();
    auto& r = a->request;
    auto* cmd = app.add_subcommand("import", "load records from CSV, or a whole record from 'lac export all'");
    cmd->add_option("entity", r.entity, "what the file holds: " + lac::join(lac::import_entities(), ", ") +
                                            "; or all, for a directory")->required();
    cmd->add_option("file", a->file, "the CSV file, with a header row (- for standard input); for all, the "
                                     "directory")->required();
    cmd->add_flag("--dry-run", r.dry_run, "check every row and write nothing");
    cmd->add_flag("--update", r.update, "apply a row that differs from the record here as an audited correction");
    cmd->add_option("--map", r.maps, "COL=FIELD: read the spreadsheet's column COL as FIELD (repeatable)");
    cmd->add_option("--delimiter", a->delimiter, "what separates the fields: ',' (the default), ';', tab or '|'");
    cmd->callback([&ctx, a] {
        a->request.delimiter = lac::delimiter_named(a->delimiter);
        if (a->request.entity == "all") {
            if (!a->request.maps.empty())
                throw lac::UsageError("--map renames one file's headings; use it with a single entity, not all");
            if (a->request.delimiter != ',')
                throw lac::UsageError("--delimiter reads one spreadsheet's file; 'lac export all' writes commas");
            import_directory(ctx, a->request, a->file);
        } else {
            import_one(ctx, a->request, a->file);
        }
    });
}
