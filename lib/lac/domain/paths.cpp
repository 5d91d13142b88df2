#include "lac/domain/paths.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

#include "lac/domain/config.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"
#include "lac/domain/validate.hpp"

namespace lac {
namespace {

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

}  // namespace

std::filesystem::path xdg_dir(const char* variable, const char* fallback_under_home) {
    std::string dir = env(variable);
    // The XDG spec says a relative value is to be ignored.
    if (!dir.empty() && dir.front() == '/') return dir;
    std::string home = env("HOME");
    if (home.empty()) {
        if (const passwd* pw = getpwuid(geteuid())) home = pw->pw_dir;
    }
    if (home.empty())
        throw ConfigError(std::string("neither $") + variable + " nor $HOME is set; set one of them");
    return std::filesystem::path(home) / fallback_under_home;
}

ConfigLocation locate_config(const std::string& flag) {
    if (!flag.empty()) return {flag, true};
    if (std::string named = env("LAC_CONFIG"); !named.empty()) return {named, true};
    return {xdg_dir("XDG_CONFIG_HOME", ".config") / "lac" / "config.toml", false};
}

std::filesystem::path locate_database(const std::string& flag, const Config& config) {
    if (!flag.empty()) return flag;
    if (std::string path = env("LAC_DB"); !path.empty()) return path;
    if (!config.store_path.empty()) return config.store_path;
    return xdg_dir("XDG_DATA_HOME", ".local/share") / "lac" / "lac.db";
}

namespace {

std::string who_is_acting(const std::string& flag, const Config& config) {
    if (!flag.empty()) return flag;
    if (std::string user = env("LAC_USER"); !user.empty()) return user;
    if (!config.user_handle.empty()) return config.user_handle;
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return pw->pw_name;
    if (std::string user = env("USER"); !user.empty()) return user;
    throw ConfigError("cannot tell who is acting; pass --as HANDLE or set LAC_USER");
}

}  // namespace

std::string acting_handle(const std::string& flag, const Config& config) {
    // Handles are lower case, so "Asha" and "asha" are one person in the audit trail.
    std::string handle = ascii_lower(who_is_acting(flag, config));
    try {
        return check_handle(handle);
    } catch (const DataError& e) {
        throw UsageError(std::string("who is acting: ") + e.what() + "; pass --as HANDLE");
    }
}

}  // namespace lac
