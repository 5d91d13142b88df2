#include "global_options.hpp"

#include <algorithm>

#include <CLI/CLI.hpp>

#include "lac/util/text.hpp"

std::vector<std::string> option_names(const GlobalOption& option) {
    std::vector<std::string> names;
    std::string all = option.names;
    for (std::size_t at = 0; at <= all.size();) {
        std::size_t comma = std::min(all.find(',', at), all.size());
        names.push_back(all.substr(at, comma - at));
        at = comma + 1;
    }
    return names;
}

std::string global_options_summary() {
    std::vector<std::string> parts;
    for (const auto& option : global_options)
        parts.push_back(lac::join(option_names(option), "/") + (option.value ? std::string(" ") + option.value : ""));
    return lac::join(parts, ", ");
}

void add_global_options(CLI::App& app, GlobalOptions& o) {
    const CLI::Validator not_empty([](std::string& v) { return v.empty() ? "needs a value, not ''" : ""; }, "");
    for (const auto& option : global_options) {
        if (!option.value) {
            app.add_flag(option.names, o.*option.flag, option.help);
            continue;
        }
        auto* added = app.add_option(option.names, o.*option.text, option.help)->type_name(option.value);
        if (option.refuses_empty) added->check(not_empty);
    }
}
