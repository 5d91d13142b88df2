#pragma once
// Where the files are and who is acting, by the precedence lac(1) gives under FILES.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lac {

struct Config;
class Db;

// --config › $LAC_CONFIG › $XDG_CONFIG_HOME/lac/config.toml. The XDG file is optional;
// a named file must exist. `named` tells which case it is.
struct ConfigLocation {
    std::filesystem::path path;
    bool named = false;  // given by --config or $LAC_CONFIG
    std::string how;     // "--config", "$LAC_CONFIG", or "" for the XDG file
};
ConfigLocation locate_config(const std::string& flag);

// --db › $LAC_DB › [store] path › $XDG_DATA_HOME/lac/lac.db.
std::filesystem::path locate_database(const std::string& flag, const Config& config);
// The same, as a message shows it: a PostgreSQL URL without its password.
std::string shown_database(const std::string& flag, const Config& config);

// --as › $LAC_USER › [user] handle › the login name.
std::string acting_handle(const std::string& flag, const Config& config);
// The same on `db`. On a PostgreSQL server the acting handle is the server login: a
// coordinator cannot claim another's (--as, $LAC_USER or [user] handle naming someone else is
// PermissionError, 77); only an administrator (store::ServerLogin) may act for another.
std::string acting_handle(const std::string& flag, const Config& config, Db& db);

// One line of lac config list: a setting in effect and where it came from: "default",
// "from $LAC_DB", "from site.toml (--config)", "default, extended by site.toml (--config)".
struct EffectiveSetting {
    std::string key, toml, plain, origin;
};
// Every setting in effect: the config's keys, with store.path and user.handle as the flags
// and the environment make them (the database and the acting handle that commands use).
// `where` is where the config was looked for; `db_flag` and `as_flag` are --db and --as.
std::vector<EffectiveSetting> effective_settings(const Config& config, const ConfigLocation& where,
                                                 const std::string& db_flag, const std::string& as_flag);

// $HOME/.local/share style fallbacks for the XDG variables.
std::filesystem::path xdg_dir(const char* variable, const char* fallback_under_home);

}  // namespace lac
