#include "usage.hpp"

#include <algorithm>
#include <set>
#include <string_view>

#include <CLI/CLI.hpp>

#include "global_options.hpp"
#include "lac/util/text.hpp"

namespace {

// The subcommands chosen so far, outermost first.
std::vector<CLI::App*> chosen(CLI::App& app) {
    std::vector<CLI::App*> path{&app};
    while (!path.back()->get_subcommands().empty()) path.push_back(path.back()->get_subcommands().front());
    return path;
}

// "lac person add"
std::string command_words(const std::vector<CLI::App*>& path) {
    std::string words = "lac";
    for (std::size_t i = 1; i < path.size(); ++i) words += " " + path[i]->get_name();
    return words;
}

std::string help_of(const std::vector<CLI::App*>& path) { return "see '" + command_words(path) + " --help'"; }

// An extra word is most often a name or note with a space in it, not quoted; but a command
// that takes no words besides its options has no name to quote.
std::string extra_words_hint(const std::vector<CLI::App*>& path) {
    for (const auto* option : path.back()->get_options())
        if (option->get_positional()) return "; put a name or note with spaces in quotes";
    return "; '" + command_words(path) + "' takes only options";
}

// The words CLI11 found no place for, from the outermost command left with any: the one
// its ExtrasError is about.
std::vector<std::string> extra_words(const std::vector<CLI::App*>& path) {
    for (const auto* cmd : path)
        if (auto words = cmd->remaining(); !words.empty()) return words;
    return {};
}

// CLI11 2.1 has one class for too many values and too few, naming the option only in its
// message; so this asks CLI11 whether the error is its "too many" for an option here.
const CLI::Option* given_too_often(const CLI::ArgumentMismatch& error, const std::vector<CLI::App*>& path) {
    for (const auto* cmd : path)
        for (const auto* option : cmd->get_options()) {
            int most = std::max(option->get_items_expected_max(), 1);
            if (CLI::ArgumentMismatch::AtMost(option->get_name(), most, option->count()).what() ==
                std::string(error.what()))
                return option;
        }
    return nullptr;
}

// The option an error is about: CLI11's messages start with its name, as in "--db: …".
const CLI::Option* named_option(const std::string& what, const std::vector<CLI::App*>& path) {
    for (const auto* cmd : path)
        for (const auto* option : cmd->get_options()) {
            std::string name = option->get_name();
            bool named = what.rfind(name, 0) == 0 && what.size() > name.size();
            if (named && (what[name.size()] == ':' || what[name.size()] == ' ')) return option;
        }
    return nullptr;
}

// CLI11's messages for the commonest slips, put the way lac's own errors are.
std::string in_lacs_words(const CLI::ParseError& error, const std::vector<CLI::App*>& path) {
    std::string what = error.what();
    for (char& c : what)
        if (c == '\n') c = ' ';
    if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
        std::string words = lac::join(extra_words(path), " ");
        return "'" + words + "' " + (words.find(' ') == std::string::npos ? "was" : "were") + " not expected";
    }
    if (const auto* mismatch = dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
        if (const auto* option = given_too_often(*mismatch, path))
            return option->get_name() + " is given more than once";
        if (const auto* option = named_option(what, path); option && what[option->get_name().size()] == ':')
            return option->get_name() + " needs a value";  // "--minutes: 1 required TEXT missing"
    }
    return what;
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
        return "unknown option '" + name + "'" + lac::did_you_mean(name, names) + "; " + help_of(path);
    }
    std::string what = in_lacs_words(error, path);
    if (dynamic_cast<const CLI::ExtrasError*>(&error)) what += extra_words_hint(path);
    // A global option's help is lac's own.
    if (const auto* option = named_option(what, path); option && app.get_option_no_throw(option->get_name()) == option)
        path.resize(1);
    return what + "; " + help_of(path);
}

std::optional<std::string> empty_option_value(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string_view word = argv[i];
        if (word == "--") break;  // what follows is a value, not an option
        if (word.size() > 3 && word.substr(0, 2) == "--" && word.back() == '=') {
            std::string name(word.substr(0, word.size() - 1));
            return "'" + name + "=' has no value after the '='; give one, as in '" + name + " VALUE'";
        }
    }
    return std::nullopt;
}

namespace {

void add_footer(CLI::App& app, const std::string& footer) {
    for (auto* sub : app.get_subcommands([](CLI::App*) { return true; })) {
        sub->footer(footer);
        add_footer(*sub, footer);
    }
}

}  // namespace

void add_global_options_footer(CLI::App& app) {
    add_footer(app, "Global options (see 'lac --help'): " + global_options_summary());
}

std::vector<std::string> rewrite_help(int argc, char** argv) {
    std::vector<std::string> args(argv, argv + argc);
    if (args.size() >= 2 && args[1] == "help") {
        args.erase(args.begin() + 1);
        args.push_back("--help");
    }
    // -m="hello" is -m hello, as in most programs: CLI11 would keep the '=' in the value.
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--") break;
        const std::string& a = args[i];
        if (a.size() > 3 && a[0] == '-' && a[1] != '-' && a[2] == '=') {
            std::string value = a.substr(3);
            args[i] = a.substr(0, 2);
            args.insert(args.begin() + long(i) + 1, value);
            ++i;
        }
    }
    return args;
}
