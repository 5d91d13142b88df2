#pragma once
// `lac NAME …` where NAME is not built in runs `lac-NAME` from PATH, as git does; a
// mistyped name gets a "did you mean".
#include <optional>
#include <string>
#include <vector>

// The first word that is not an option (the command), or "" when there is none.
std::string command_word(int argc, char** argv);
// The first word that is not an option, if it is not one of `commands`.
std::optional<std::string> find_unknown_command(int argc, char** argv, const std::vector<std::string>& commands);
// The word after `group` (e.g. "person"), when it is not one of that group's `commands`.
std::optional<std::string> find_unknown_subcommand(int argc, char** argv, const std::string& group,
                                                   const std::vector<std::string>& commands);
// Execs lac-NAME with the arguments after NAME; returns only when there is no such program.
void run_external(const std::string& name, int argc, char** argv);
std::string unknown_command_message(const std::string& name, const std::vector<std::string>& commands);
