#pragma once
// lac's global options, listed once: their registration, every subcommand's help footer
// and the scan of the arguments for the command word (and an external command's
// environment) are all made from this table.
#include <string>
#include <vector>

#include "context.hpp"

struct GlobalOption {
    const char* names;  // as CLI11 takes them: "-q,--quiet"
    const char* value;  // the value's name in the footer ("FILE"), or nullptr for a flag
    const char* help;
    std::string GlobalOptions::*text = nullptr;  // where a value goes
    bool GlobalOptions::*flag = nullptr;         // where a flag goes
    // An empty --db (an unset shell variable, say) would otherwise quietly mean the default
    // database, and a record meant for one file would land in another.
    bool refuses_empty = false;
    const char* variable = nullptr;  // what an external command reads it from
};

inline const GlobalOption global_options[] = {
    {"--db", "DB", "the database: a file or a postgresql:// URL (else $LAC_DB, [store] path, $XDG_DATA_HOME/lac/lac.db)",
     &GlobalOptions::db, nullptr, true, "LAC_DB"},
    {"--config", "FILE", "the config file (else $LAC_CONFIG, $XDG_CONFIG_HOME/lac/config.toml)",
     &GlobalOptions::config, nullptr, true, "LAC_CONFIG"},
    {"--as", "HANDLE", "who is acting (else $LAC_USER, [user] handle, the login name)", &GlobalOptions::as, nullptr,
     true, "LAC_USER"},
    {"--format", "FORMAT", "table, csv or json (md and html where a command says so)", &GlobalOptions::format},
    {"--no-color", nullptr, "no colour (also when NO_COLOR is set)", nullptr, &GlobalOptions::no_color},
    {"-q,--quiet", nullptr, "no confirmations on stderr", nullptr, &GlobalOptions::quiet},
};

// Each name of an option: "-q,--quiet" is "-q" and "--quiet".
std::vector<std::string> option_names(const GlobalOption& option);
// "--db DB, --config FILE, …, -q/--quiet", for the help footers.
std::string global_options_summary();

namespace CLI {
class App;
}
// Registers every global option on lac's own command, bound into `o`.
void add_global_options(CLI::App& app, GlobalOptions& o);
