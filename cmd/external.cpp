#include "external.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <set>

#include "context.hpp"
#include "lac/errors.hpp"
#include "lac/text.hpp"

namespace {

// Global options that take a value in the next word.
const std::set<std::string> options_with_values = {"--db", "--config", "--as", "--format"};

}  // namespace

std::optional<std::string> find_unknown_command(int argc, char** argv, const std::vector<std::string>& commands) {
    for (int i = 1; i < argc; ++i) {
        std::string word = argv[i];
        if (word == "--") return std::nullopt;
        if (options_with_values.count(word)) {
            ++i;
            continue;
        }
        if (!word.empty() && word[0] == '-') continue;
        for (const auto& c : commands)
            if (c == word) return std::nullopt;
        return word;
    }
    return std::nullopt;
}

void run_external(const std::string& name, int argc, char** argv, const GlobalOptions& options) {
    bool plain = !name.empty() && name.find('/') == std::string::npos;
    if (!plain) return;
    // Pass the global options on as the environment the external command reads.
    if (!options.db.empty()) setenv("LAC_DB", options.db.c_str(), 1);
    if (!options.config.empty()) setenv("LAC_CONFIG", options.config.c_str(), 1);
    if (!options.as.empty()) setenv("LAC_USER", options.as.c_str(), 1);
    std::string program = "lac-" + name;
    std::vector<char*> args{program.data()};
    bool after = false;
    for (int i = 1; i < argc; ++i) {
        if (after) args.push_back(argv[i]);
        if (!after && name == argv[i]) after = true;
    }
    args.push_back(nullptr);
    execvp(program.c_str(), args.data());
    if (errno != ENOENT)
        throw lac::Error(lac::ExitCode::software, program + " could not be run: " + std::strerror(errno));
}

std::string unknown_command_message(const std::string& name, const std::vector<std::string>& commands) {
    std::string near = lac::closest(name, commands);
    return "'" + name + "' is not a lac command" + (near.empty() ? "" : "; did you mean '" + near + "'?") +
           " See 'lac --help'";
}
