#include "lac/domain/paths.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>


#include <fmt/format.h>

#include "lac/domain/config.hpp"
#include "lac/store/db.hpp"
#include "lac/store/server_roles.hpp"
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
    if (!flag.empty()) return {flag, true, "--config"};
    if (std::string named = env("LAC_CONFIG"); !named.empty()) return {named, true, "$LAC_CONFIG"};
    return {xdg_dir("XDG_CONFIG_HOME", ".config") / "lac" / "config.toml", false, ""};
}

namespace {

// A value and what gave it: a flag, a variable, the config ("config"), or the fallback ("").
struct Chosen {
    std::string value, by;
};

Chosen database_chosen(const std::string& flag, const Config& config) {
    if (!flag.empty()) return {flag, "--db"};
    if (std::string path = env("LAC_DB"); !path.empty()) return {path, "$LAC_DB"};
    if (!config.store_path.empty()) return {config.store_path, "config"};
    return {(xdg_dir("XDG_DATA_HOME", ".local/share") / "lac" / "lac.db").string(), ""};
}

Chosen who_is_acting(const std::string& flag, const Config& config) {
    if (!flag.empty()) return {flag, "--as"};
    if (std::string user = env("LAC_USER"); !user.empty()) return {user, "$LAC_USER"};
    if (!config.user_handle.empty()) return {config.user_handle, "config"};
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return {pw->pw_name, ""};
    if (std::string user = env("USER"); !user.empty()) return {user, ""};
    throw ConfigError("cannot tell who is acting; pass --as HANDLE or set LAC_USER");
}

std::string checked_handle(const std::string& who) {
    // Handles are lower case, so "Asha" and "asha" are one person in the audit trail.
    std::string handle = ascii_lower(who);
    try {
        return check_handle(handle);
    } catch (const DataError& e) {
        throw UsageError(std::string("who is acting: ") + e.what() + "; pass --as HANDLE");
    }
}

}  // namespace

std::filesystem::path locate_database(const std::string& flag, const Config& config) {
    // A postgresql:// or postgres:// URL is kept as given (Db opens it on its server), never
    // made absolute or normalised as a path would be.
    return database_chosen(flag, config).value;
}

std::string shown_database(const std::string& flag, const Config& config) {
    return Db::shown(database_chosen(flag, config).value);
}

std::string acting_handle(const std::string& flag, const Config& config) {
    return checked_handle(who_is_acting(flag, config).value);
}

std::string acting_handle(const std::string& flag, const Config& config, Db& db) {
    if (!db.on_server()) return acting_handle(flag, config);
    store::ServerLogin login = store::server_login(db);
    Chosen claimed = who_is_acting(flag, config);
    std::string handle = ascii_lower(login.role);
    try {
        check_handle(handle);
    } catch (const DataError& e) {
        throw PermissionError(fmt::format("the login {} on {} is not a lac handle ({}); log in as a role named as "
                                          "the coordinator's handle",
                                          login.role, db.where(), e.what()));
    }
    // The login name of this machine is no claim: the server's login is who acts.
    if (claimed.by.empty()) return handle;
    std::string named = checked_handle(claimed.value);
    if (named == handle || login.administrator) return named;
    throw PermissionError(fmt::format("on {} you act as your login, {}; {} names {}, which only lac's "
                                      "administrator may act for; leave it out",
                                      db.where(), handle, claimed.by == "config" ? "[user] handle" : claimed.by,
                                      named));
}

std::vector<EffectiveSetting> effective_settings(const Config& config, const ConfigLocation& where,
                                                 const std::string& db_flag, const std::string& as_flag) {
    const std::string file = where.path.string() + (where.how.empty() ? "" : " (" + where.how + ")");
    std::vector<EffectiveSetting> out;
    for (const auto& e : config.entries) {
        using Origin = Config::Entry::Origin;
        EffectiveSetting setting{e.key, e.toml, e.plain,
                                 e.origin == Origin::shipped ? "default"
                                 : e.origin == Origin::file  ? "from " + file
                                                             : "default, extended by " + file};
        std::optional<Chosen> chosen;
        if (e.key == "store.path") chosen = database_chosen(db_flag, config);
        if (e.key == "user.handle") {
            chosen = who_is_acting(as_flag, config);
            chosen->value = checked_handle(chosen->value);
        }
        if (chosen) {
            // A database URL may hold a password, which lac never shows.
            if (e.key == "store.path") chosen->value = Db::shown(chosen->value);
            setting.plain = chosen->value;
            setting.toml = toml_string(chosen->value);
            if (chosen->by.empty())
                setting.origin = e.key == "store.path" ? "default ($XDG_DATA_HOME/lac/lac.db)" : "default (the login name)";
            else if (chosen->by != "config")
                setting.origin = "from " + chosen->by;
        }
        out.push_back(std::move(setting));
    }
    return out;
}

}  // namespace lac
