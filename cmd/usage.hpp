#pragma once
// Usage errors a person can act on: one line, naming the nearest option, and the help.
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

// The one line to print for a parse error, with a "did you mean" for a mistyped option.
std::string usage_error_line(const CLI::ParseError& error, CLI::App& app, int argc, char** argv);

// "--db=" with nothing after the '=': CLI11 would take the next word as its value (so
// `lac --db= init` reads "init" as the file). The error line, if a word is such.
std::optional<std::string> empty_option_value(int argc, char** argv);

// Every subcommand's --help ends by naming the global options, which CLI11 lists only on lac's own.
void add_global_options_footer(CLI::App& app);

// `lac help [COMMAND …]` is `lac [COMMAND …] --help`, and `-m=TEXT` is `-m TEXT`.
std::vector<std::string> rewrite_help(int argc, char** argv);
