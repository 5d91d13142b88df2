#pragma once
// The effective configuration: the shipped defaults overridden key by key by a user file.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lac/domain/evaluation_config.hpp"

namespace lac {

struct CrisisType {
    std::string name;  // what `lac avoid` takes, e.g. residential-care
    std::string label;
    std::string unit;
    double unit_cost = 0;
    double default_quantity = 1;
    std::string budget;
    std::string source;
};

struct Config {
    std::string user_handle;
    std::string store_path;
    bool group_shared = false;
    int busy_timeout_ms = 5000;
    int capacity_min = 50;
    int capacity_max = 60;
    int stale_after_days = 28;
    int retention_closed_years = 0;  // 0: no retention schedule
    std::vector<std::string> modes, life_areas, asset_kinds, sources;
    std::vector<CrisisType> crisis_types;
    // A team's co-production self-assessment: the principles a team scores, on this scale.
    std::vector<std::string> reflection_principles;
    int reflection_min = 1, reflection_max = 5;
    std::string reflection_source;
    EvaluationConfig evaluation;  // lac evaluate's assumptions

    // Every effective key, in the shipped file's order, with its value written as TOML
    // and plainly (a string without its quotes), and where it came from: the shipped
    // defaults, the user's file, or (a [vocab] list) the shipped list extended by the file.
    struct Entry {
        enum class Origin { shipped, file, extended };
        std::string key, toml, plain;
        Origin origin = Origin::shipped;
    };
    std::vector<Entry> entries;
    std::string file;  // the user's file as named, or "" when there is none

    const CrisisType* find_crisis(std::string_view name) const;
    // The plain value of `section.key`, or of `crisis.TYPE.key`.
    std::optional<std::string> get(std::string_view key) const;
};

// A string written as a TOML basic string: in double quotes, " and \ escaped.
std::string toml_string(const std::string& text);

// Loads the shipped defaults (config/lac.toml, built into lac: default_config_table) and,
// when given, a user file over them. A missing user file is
// NoInputError; a syntax error, unknown key, wrong type or bad value is ConfigError naming
// the file, line and key.
Config load_config(const std::optional<std::filesystem::path>& user_file);

// Reads a user config from text (for tests), naming it `source_name` in errors.
Config load_config_text(std::string_view user_text, std::string_view source_name);

}  // namespace lac
