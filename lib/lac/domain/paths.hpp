#pragma once
// Where the files are and who is acting, by the precedence lac(1) gives under FILES.
#include <filesystem>
#include <optional>
#include <string>

namespace lac {

struct Config;

// --config › $LAC_CONFIG › $XDG_CONFIG_HOME/lac/config.toml. The XDG file is optional;
// a named file must exist. `named` tells which case it is.
struct ConfigLocation {
    std::filesystem::path path;
    bool named = false;  // given by --config or $LAC_CONFIG
};
ConfigLocation locate_config(const std::string& flag);

// --db › $LAC_DB › [store] path › $XDG_DATA_HOME/lac/lac.db.
std::filesystem::path locate_database(const std::string& flag, const Config& config);

// --as › $LAC_USER › [user] handle › the login name.
std::string acting_handle(const std::string& flag, const Config& config);

// $HOME/.local/share style fallbacks for the XDG variables.
std::filesystem::path xdg_dir(const char* variable, const char* fallback_under_home);

}  // namespace lac
