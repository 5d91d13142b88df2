#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/search.hpp"
#include "lac/report/views.hpp"

namespace {

struct SearchArgs {
    std::string text;
    bool all = false;
};

}  // namespace

void register_search(CLI::App& app, Context& ctx) {
    auto args = std::make_shared<SearchArgs>();
    auto* cmd = app.add_subcommand("search", "people, assets and notes that hold a word, your own people first");
    cmd->add_option("text", args->text, "a name, or words of a note: any word's start, in any case or accents")
        ->required();
    cmd->add_flag("--all", args->all, "everyone's people and notes, not only yours");
    auto out = ctx.output(cmd);
    cmd->callback([&ctx, args, out] {
        auto format = ctx.format({lac::Format::table, lac::Format::md, lac::Format::csv, lac::Format::json});
        auto result = lac::search(ctx.session("search"), args->text, args->all);
        auto table = lac::search_table(result, format == lac::Format::table || format == lac::Format::md);
        if (result.hits.empty())
            ctx.note(args->all ? fmt::format("nothing here holds '{}'", args->text)
                               : fmt::format("nothing among your people or the community map holds '{}'; "
                                             "--all searches everyone's", args->text));
        if (format == lac::Format::md)
            lac::write_markdown(out(), table);
        else if (!result.hits.empty() || format != lac::Format::table)
            lac::render(out(), table, format, ctx.style());
    });
}
