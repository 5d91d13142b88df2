#include "usage.hpp"

#include <set>

#include <CLI/CLI.hpp>

#include "lac/text.hpp"

namespace {

// The subcommands chosen so far, outermost first.
std::vector<CLI::App*> chosen(CLI::App& app) {
    std::vector<CLI::App*> path{&app};
    while (!path.back()->get_subcommands().empty()) path.push_back(path.back()->get_subcommands().front());
    return path;
}

std::string help_of(const std::vector<CLI::App*>& path) {
    std::string words = "lac";
    for (std::size_t i = 1; i < path.size(); ++i) words += " " + path[i]->get_name();
    return "see '" + words + " --help'";
}

}  // namespace

std::string usage_error_line(const CLI::ParseError& error, CLI::App& app, int argc, char** argv) {
    auto path = chosen(app);
    std::set<std::string> known;
    std::vector<std::string> names;
    for (auto* cmd : path)
        for (const auto* option : cmd->get_options()) {
            for (const auto& l : option->get_lnames()) known.insert("--" + l), names.push_back("--" + l);
            for (const auto& s : option->get_snames()) known.insert("-" + s);
        }
    known.insert({"--help", "-h", "--version", "--"});
    for (int i = 1; i < argc; ++i) {
        std::string word = argv[i];
        if (word.size() < 2 || word[0] != '-' || (word[1] >= '0' && word[1] <= '9')) continue;  // -3d is a date
        std::string name = word.substr(0, word.find('='));
        if (known.count(name)) continue;
        std::string near = lac::closest(name, names);
        return "unknown option '" + name + "'" + (near.empty() ? "" : "; did you mean '" + near + "'?") + " " +
               help_of(path);
    }
    std::string what = error.what();
    for (char& c : what)
        if (c == '\n') c = ' ';
    // An extra word is most often a name or note with a space in it, not quoted.
    if (dynamic_cast<const CLI::ExtrasError*>(&error)) what += "; put a name or note with spaces in quotes";
    return what + "; " + help_of(path);
}

void add_global_options_footer(CLI::App& app) {
    for (auto* sub : app.get_subcommands([](CLI::App*) { return true; })) {
        sub->footer("Global options (see 'lac --help'): --db FILE, --config FILE, --as HANDLE, "
                    "--format FORMAT, --no-color, -q/--quiet");
        add_global_options_footer(*sub);
    }
}

std::vector<std::string> rewrite_help(int argc, char** argv) {
    std::vector<std::string> args(argv, argv + argc);
    if (args.size() >= 2 && args[1] == "help") {
        args.erase(args.begin() + 1);
        args.push_back("--help");
    }
    return args;
}
