#include "external.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "global_options.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"

namespace {

// Whether `word` is a global option that takes a value in the next word.
bool takes_value(const std::string& word) {
    for (const auto& option : global_options)
        for (const auto& name : option_names(option))
            if (option.value && word == name) return true;
    return false;
}

// The index of the first word from `start` that is not an option or an option's value.
int next_word(int start, int argc, char** argv) {
    for (int i = start; i < argc; ++i) {
        std::string word = argv[i];
        if (word == "--") return argc;
        if (takes_value(word)) {
            ++i;
            continue;
        }
        if (!word.empty() && word[0] == '-') continue;
        return i;
    }
    return argc;
}

}  // namespace

std::string command_word(int argc, char** argv) {
    int at = next_word(1, argc, argv);
    return at < argc ? argv[at] : "";
}

std::optional<std::string> find_unknown_subcommand(int argc, char** argv, const std::string& group,
                                                   const std::vector<std::string>& commands) {
    int at = next_word(1, argc, argv);
    if (at >= argc || group != argv[at]) return std::nullopt;
    int sub = next_word(at + 1, argc, argv);
    if (sub >= argc) return std::nullopt;
    for (const auto& c : commands)
        if (c == argv[sub]) return std::nullopt;
    return std::string(argv[sub]);
}

std::optional<std::string> find_unknown_command(int argc, char** argv, const std::vector<std::string>& commands) {
    std::string word = command_word(argc, argv);
    if (word.empty() || std::find(commands.begin(), commands.end(), word) != commands.end()) return std::nullopt;
    return word;
}

namespace {

// The global options given before NAME (`--db X` or `--db=X`), passed on as the
// environment the external command reads, as git passes --git-dir on.
void export_global_options(const std::string& name, int argc, char** argv) {
    for (int i = 1; i < argc && name != argv[i]; ++i) {
        std::string word = argv[i];
        for (const auto& option : global_options) {
            if (!option.variable) continue;
            for (const auto& flag : option_names(option)) {
                std::string prefix = flag + "=";
                if (word == flag && i + 1 < argc)
                    setenv(option.variable, argv[++i], 1);
                else if (word.rfind(prefix, 0) == 0)
                    setenv(option.variable, word.c_str() + prefix.size(), 1);
            }
        }
    }
}

}  // namespace

void run_external(const std::string& name, int argc, char** argv) {
    if (name.empty() || name.find('/') != std::string::npos) return;
    std::string program = "lac-" + name;
    std::vector<char*> args{program.data()};
    int at = 1;
    while (at < argc && name != argv[at]) ++at;
    for (int i = at + 1; i < argc; ++i) args.push_back(argv[i]);
    args.push_back(nullptr);
    export_global_options(name, argc, argv);
    execvp(program.c_str(), args.data());
    if (errno != ENOENT)
        throw lac::Error(lac::ExitCode::software, program + " could not be run: " + std::strerror(errno));
}

std::string unknown_command_message(const std::string& name, const std::vector<std::string>& commands) {
    return "'" + name + "' is not a lac command" + lac::did_you_mean(name, commands) + "; see 'lac --help'";
}
