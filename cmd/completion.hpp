#pragma once
// lac completion SHELL: a tab-completion script made from the command table that --help
// shows. What the script knows is one table of four kinds of row, walked from CLI11's
// tree of commands; each shell's script (completion_scripts.cpp) holds the rows in its
// own syntax, and asks `lac __complete KIND TYPED` for the words that live in the
// database or the effective config (domain/completion.hpp).
#include <string>
#include <vector>

struct CompletionRow {
    // "subs": the subcommands of a command; "opts": every option name it takes; "vals":
    // the kind of value an option takes ("lac log --mode" → "vocab.modes"); "args": the
    // kinds of its positionals, in order. A command is named by its words, "lac person add".
    std::string table, key, value;
};

// What a value is completed with: "-" nothing (free text, dates, numbers); "@files" the
// shell's own file names; "=a,b,c" these words; any other kind is asked of `lac __complete`.
using CompletionRows = std::vector<CompletionRow>;

// The script for `shell` (bash, zsh or fish), holding `rows`; empty for another shell.
std::string completion_script(const std::string& shell, const CompletionRows& rows);
const std::vector<std::string>& completion_shells();
