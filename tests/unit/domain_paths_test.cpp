#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "lac/domain/config.hpp"
#include "lac/domain/paths.hpp"
#include "lac/util/errors.hpp"

namespace {

// Sets an environment variable for one test, and puts it back after.
class Env {
public:
    Env(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old, had_ = true;
        if (value) setenv(name, value, 1);
        else unsetenv(name);
    }
    ~Env() {
        if (had_) setenv(name_, old_.c_str(), 1);
        else unsetenv(name_);
    }
    Env(const Env&) = delete;
    Env& operator=(const Env&) = delete;

private:
    const char* name_;
    std::string old_;
    bool had_ = false;
};

lac::EffectiveSetting setting(const std::vector<lac::EffectiveSetting>& all, const std::string& key) {
    for (const auto& s : all)
        if (s.key == key) return s;
    FAIL("no setting " << key);
    return {};
}

}  // namespace

TEST_CASE("config list says where each value in effect came from") {
    Env db("LAC_DB", nullptr), user("LAC_USER", nullptr), data("XDG_DATA_HOME", "/data");
    auto site = lac::load_config_text("[caseload]\nstale_after_days = 14\n[vocab]\nmodes = [\"walk\"]\n", "site.toml");
    lac::ConfigLocation named{"site.toml", true, "--config"};
    auto all = lac::effective_settings(site, named, "", "ben");
    CHECK(setting(all, "caseload.stale_after_days").origin == "from site.toml (--config)");
    CHECK(setting(all, "caseload.capacity_min").origin == "default");
    CHECK(setting(all, "vocab.modes").origin == "default, extended by site.toml (--config)");
    CHECK(setting(all, "user.handle").toml == "\"ben\"");
    CHECK(setting(all, "user.handle").origin == "from --as");
    CHECK(setting(all, "store.path").plain == "/data/lac/lac.db");
    CHECK(setting(all, "store.path").origin == "default ($XDG_DATA_HOME/lac/lac.db)");
    CHECK(all.size() == site.entries.size());

    {
        Env from_env("LAC_DB", "/x.db");
        auto env = lac::effective_settings(site, named, "", "ben");
        CHECK(setting(env, "store.path").toml == "\"/x.db\"");
        CHECK(setting(env, "store.path").origin == "from $LAC_DB");
        // --db wins over $LAC_DB, as for every command.
        CHECK(setting(lac::effective_settings(site, named, "/y.db", "ben"), "store.path").origin == "from --db");
    }

    auto own = lac::load_config_text("[store]\npath = \"/srv/t.db\"\n[user]\nhandle = \"Cal\"\n",
                                     "/home/u/.config/lac/config.toml");
    auto mine = lac::effective_settings(own, {"/home/u/.config/lac/config.toml", false, ""}, "", "");
    CHECK(setting(mine, "store.path").plain == "/srv/t.db");
    CHECK(setting(mine, "store.path").origin == "from /home/u/.config/lac/config.toml");
    CHECK(setting(mine, "user.handle").plain == "cal");  // as commands take it: lower case
    {
        Env from_env("LAC_USER", "dee");
        CHECK(setting(lac::effective_settings(own, {"f", false, ""}, "", ""), "user.handle").origin == "from $LAC_USER");
    }
    // A handle that is not one is the same usage error every command gives.
    CHECK_THROWS_AS(lac::effective_settings(own, named, "", "Ben O"), lac::UsageError);
}
