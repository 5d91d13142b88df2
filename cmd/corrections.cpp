#include "corrections.hpp"

#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "lac/util/text.hpp"
#include "parsed_options.hpp"

namespace {

// The newest this many, unless --limit says otherwise: a whole programme's conversations
// are millions, too many to scroll through or to read at once.
constexpr int default_limit = 100;

// A field's value as one would read it: text as it is, a number without a needless ".0".
std::string value_text(const nlohmann::ordered_json& value) {
    if (value.is_null()) return "";
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number_float()) return lac::Cell::num(value.get<double>()).text;
    return value.dump();
}

// "name  value" lines; a text of several lines starts on a line of its own, indented.
void render_fields(std::ostream& out, const nlohmann::ordered_json& record) {
    std::size_t width = 0;
    for (const auto& [name, value] : record.items()) width = std::max(width, name.size());
    for (const auto& [name, value] : record.items()) {
        std::string text = value_text(value);
        if (text.find('\n') == std::string::npos) {
            std::string line = fmt::format("{:<{}}  {}", name, width, text);
            out << line.substr(0, line.find_last_not_of(' ') + 1) << '\n';
            continue;
        }
        out << name << '\n';
        std::istringstream lines(text);
        for (std::string line; std::getline(lines, line);) out << (line.empty() ? "" : "    ") << line << '\n';
    }
}

}  // namespace

void add_list(CLI::App* group, Context& ctx, const std::string& help, ListRows rows) {
    auto scope = std::make_shared<Bound<ListScope>>(ctx);
    auto& l = scope->fields;
    l.limit = default_limit;
    auto* list = group->add_subcommand("list", help);
    list->add_option("person", l.person, "P12, 12, or a name (default: everyone)");
    scope->parsed.day(list, "--from", l.from, "only those on or after this day");
    scope->parsed.day(list, "--to", l.to, "only those on or before this day");
    list->add_option("--limit", l.limit, fmt::format("at most this many, the newest (default {}; 0: all)",
                                                     default_limit))
        ->check(CLI::NonNegativeNumber);
    list->callback([&ctx, scope, rows, name = group->get_name()] {
        auto format = ctx.format({lac::Format::table, lac::Format::csv, lac::Format::json});
        scope->parsed.parse();
        ListScope asked = scope->fields;
        // One more than the limit tells whether there were more.
        if (asked.limit > 0) ++asked.limit;
        auto table = rows(ctx.session(name + " list"), asked, format != lac::Format::table);
        int limit = scope->fields.limit;
        bool more = limit > 0 && int(table.rows.size()) > limit;
        if (more) table.rows.pop_back();
        lac::render(ctx.out, table, format, ctx.style());
        if (more)
            ctx.note(fmt::format("the newest {} shown; there are more: narrow it with --from and --to, or "
                                 "pass --limit", limit));
    });
}

void add_show(CLI::App* group, Context& ctx, const std::string& help, const std::string& ref_help,
              ShowRecord record) {
    auto ref = std::make_shared<std::string>();
    auto* show = group->add_subcommand("show", help);
    show->add_option("reference", *ref, ref_help)->required();
    show->callback([&ctx, ref, record, name = group->get_name()] {
        auto format = ctx.format({lac::Format::table, lac::Format::json});
        auto fields = record(ctx.session(name + " show"), *ref);
        if (format == lac::Format::json)
            ctx.out << fields.dump(2) << '\n';
        else
            render_fields(ctx.out, fields);
    });
}

void add_delete(CLI::App* group, Context& ctx, const std::string& help, const std::string& ref_help,
                DeleteRecord remove) {
    struct Options {
        std::string ref;
        bool confirm = false;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group->add_subcommand("delete", help);
    cmd->add_option("reference", o->ref, ref_help)->required();
    cmd->add_flag("--confirm", o->confirm, "delete it: this cannot be undone");
    cmd->callback([&ctx, o, remove, name = group->get_name()] {
        auto ref = remove(ctx.session(name + " delete"), o->ref, o->confirm);
        ctx.note("deleted " + ref);
    });
}

void note_edited(Context& ctx, const std::string& ref, const std::vector<std::string>& fields) {
    ctx.note("updated " + ref + ": " + lac::join(fields, ", "));
}
