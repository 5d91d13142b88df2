#include "lac/domain/config.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "lac/domain/config_evaluation.hpp"
#include "lac/domain/config_parse.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/toml.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

const std::set<std::string> crisis_keys = {"label", "unit", "unit_cost", "default_quantity",
                                           "budget", "source"};

struct Checker {
    std::string file;

    [[noreturn]] void fail(const toml::node& node, const std::string& message) const {
        // Name the file the value came from: a bad pair may mix the user's and shipped values.
        const auto& where = node.source();
        throw ConfigError(fmt::format("{}:{}: {}", where.path ? *where.path : file,
                                      where.begin.line, message));
    }

    static std::string type_word(const toml::node& node) {
        switch (node.type()) {
            case toml::node_type::string: return "a string";
            case toml::node_type::integer: return "an integer";
            case toml::node_type::floating_point: return "a number";
            case toml::node_type::boolean: return "true or false";
            case toml::node_type::array: return "a list";
            case toml::node_type::table: return "a table";
            default: return "a date or time";
        }
    }

    // A user value must have the shipped value's type; a whole number may stand for a float.
    void check_same_type(const std::string& key, const toml::node& shipped,
                         const toml::node& given) const {
        bool ok = shipped.type() == given.type() ||
                  (shipped.is_floating_point() && given.is_integer());
        if (!ok)
            fail(given, fmt::format("'{}' must be {}, not {}", key, type_word(shipped),
                                    type_word(given)));
        if (const auto* list = given.as_array()) {
            if (list->empty()) fail(given, fmt::format("'{}' must not be an empty list", key));
            std::set<std::string> seen;
            for (const auto& item : *list) {
                auto word = item.value_exact<std::string>();
                if (!word || word->empty() || word->find_first_of(" \t,") != std::string::npos)
                    fail(item, fmt::format("'{}' must list words without spaces or commas", key));
                check_printable(key, item);
                if (!seen.insert(*word).second)
                    fail(item, fmt::format("'{}' lists '{}' twice", key, *word));
            }
        }
    }

    // Config words and labels are shown on terminals and in reports: a control character
    // (an escape sequence that retitles the terminal or clears it) is refused here.
    void check_printable(const std::string& key, const toml::node& node) const {
        if (auto text = node.value_exact<std::string>(); text && has_control_chars(*text, false))
            fail(node, fmt::format("'{}' holds a control character; remove it", key));
    }

    [[noreturn]] void unknown(const toml::node& node, const std::string& key,
                              const std::vector<std::string>& known) const {
        fail(node, fmt::format("unknown key '{}'{}", key, did_you_mean(key, known)));
    }

    void check_crisis(const toml::table& crises) const {
        for (auto&& [name, node] : crises) {
            std::string type = "crisis." + std::string(name.str());
            const auto* table = node.as_table();
            if (!table) fail(node, fmt::format("'{}' must be a table", type));
            for (auto&& [key, value] : *table) {
                std::string full = type + "." + std::string(key.str());
                if (!crisis_keys.count(std::string(key.str())))
                    unknown(value, full, {crisis_keys.begin(), crisis_keys.end()});
                bool number = key.str() == "unit_cost" || key.str() == "default_quantity";
                if (number && !value.is_number())
                    fail(value, fmt::format("'{}' must be a number, not {}", full, type_word(value)));
                if (!number && !value.is_string())
                    fail(value, fmt::format("'{}' must be a string, not {}", full, type_word(value)));
                check_printable(full, value);
            }
        }
    }

    // Walks the user's table against the shipped one; new crisis types are allowed.
    void check(const toml::table& shipped, const toml::table& given) const {
        for (auto&& [section, node] : given) {
            std::string name(section.str());
            const auto* shipped_section = shipped.get_as<toml::table>(name);
            if (!shipped_section) {
                std::vector<std::string> known;
                for (auto&& [k, v] : shipped) known.emplace_back(k.str());
                unknown(node, name, known);
            }
            const auto* table = node.as_table();
            if (!table) fail(node, fmt::format("'{}' must be a table", name));
            if (name == "crisis") {
                check_crisis(*table);
                continue;
            }
            for (auto&& [key, value] : *table) {
                std::string full = name + "." + std::string(key.str());
                const toml::node* expected = shipped_section->get(key.str());
                if (!expected) {
                    std::vector<std::string> known;
                    for (auto&& [k, v] : *shipped_section) known.push_back(name + "." + std::string(k.str()));
                    unknown(value, full, known);
                }
                check_same_type(full, *expected, value);
                check_printable(full, value);
            }
        }
    }
};

// Copies the user's values over the defaults, key by key. A list is replaced whole, but
// for a [vocab] list, which the user's words extend (the shipped words first, then the
// user's new ones) unless [vocab] says replace = true.
void overlay(toml::table& base, const toml::table& given, bool extend_lists = false) {
    for (auto&& [key, node] : given) {
        auto* base_table = base.get_as<toml::table>(key.str());
        auto* base_list = base.get_as<toml::array>(key.str());
        if (node.is_table() && base_table) {
            bool vocab = key.str() == "vocab" && !(*node.as_table())["replace"].value_or(false);
            overlay(*base_table, *node.as_table(), vocab);
        } else if (extend_lists && base_list && node.is_array()) {
            for (const auto& word : *node.as_array()) {
                auto text = word.value_exact<std::string>();  // checked: each a word
                if (std::none_of(base_list->begin(), base_list->end(),
                                 [&](const toml::node& had) { return had.value_exact<std::string>() == text; }))
                    base_list->push_back(*text);
            }
        } else {
            base.insert_or_assign(key.str(), node);
        }
    }
}

// A value as TOML text, strings always double-quoted (toml++ would pick single quotes).
std::string toml_text(const toml::node& node) {
    if (auto text = node.value_exact<std::string>()) return toml_string(*text);
    if (const auto* list = node.as_array()) {
        std::string out = "[";
        for (std::size_t i = 0; i < list->size(); ++i) out += (i ? ", " : "") + toml_text(*list->get(i));
        return out + "]";
    }
    // Numbers are written by fmt, not toml++'s stream printer: every command lists every
    // entry, and the stream's locale set-up cost a coordinator's `lac log` a fifth of its time.
    if (auto number = node.value_exact<int64_t>()) return fmt::format("{}", *number);
    if (auto yes = node.value_exact<bool>()) return *yes ? "true" : "false";
    if (auto number = node.value_exact<double>()) {
        std::string out = fmt::format("{}", *number);  // the shortest text that reads back the same
        if (out.find_first_of(".eIn") == std::string::npos) out += ".0";  // 13000.0 stays a float
        return out;
    }
    std::ostringstream out;
    node.visit([&](auto&& value) { out << value; });
    return out.str();
}

std::vector<std::string> words(const toml::table& root, const char* key) {
    std::vector<std::string> out;
    for (const auto& item : *root["vocab"][key].as_array()) out.push_back(*item.value<std::string>());
    return out;
}

// Copies of toml++ nodes lose their source line, so errors found after the overlay point
// at the user's own node (which kept its line) where there is one.
struct Origin {
    const toml::table& merged;
    const toml::table& given;
    const toml::node& at(std::string_view section, std::string_view key) const {
        if (const auto* node = given[section][key].node()) return *node;
        return *merged[section][key].node();
    }
    // The crisis type's own key where the user set it, else the type's table.
    const toml::node& in_crisis(std::string_view type, std::string_view key) const {
        if (const auto* node = given["crisis"][type][key].node()) return *node;
        return at("crisis", type);
    }
};

Config build(const toml::table& root, const toml::table& given, const Checker& checker) {
    Config c;
    Origin origin{root, given};
    auto str = [&](const char* section, const char* key) {
        return *root[section][key].value<std::string>();
    };
    auto num = [&](const char* section, const char* key) {
        return *root[section][key].value<int64_t>();
    };
    c.user_handle = str("user", "handle");
    c.store_path = str("store", "path");
    c.group_shared = *root["store"]["group_shared"].value<bool>();
    auto in_range = [&](const char* section, const char* key, int64_t low, int64_t high) {
        int64_t v = num(section, key);
        if (v < low || v > high)
            checker.fail(origin.at(section, key),
                         fmt::format("'{}.{}' must be from {} to {}", section, key, low, high));
        return int(v);
    };
    c.busy_timeout_ms = in_range("store", "busy_timeout_ms", 0, 3'600'000);
    c.capacity_min = in_range("caseload", "capacity_min", 1, 10'000);
    c.capacity_max = in_range("caseload", "capacity_max", 1, 10'000);
    if (c.capacity_min > c.capacity_max) {
        bool min_given = given["caseload"]["capacity_min"].node() != nullptr;
        checker.fail(origin.at("caseload", min_given ? "capacity_min" : "capacity_max"),
                     fmt::format("'caseload.capacity_min' ({}) must not be above 'caseload.capacity_max' ({})",
                                 c.capacity_min, c.capacity_max));
    }
    c.stale_after_days = in_range("caseload", "stale_after_days", 1, 3650);
    c.retention_closed_years = in_range("retention", "closed_years", 0, 100);
    c.modes = words(root, "modes");
    c.life_areas = words(root, "life_areas");
    c.asset_kinds = words(root, "asset_kinds");
    c.sources = words(root, "sources");
    for (const auto& item : *root["reflection"]["principles"].as_array())
        c.reflection_principles.push_back(*item.value<std::string>());
    c.reflection_min = in_range("reflection", "scale_min", 0, 100);
    c.reflection_max = in_range("reflection", "scale_max", 1, 100);
    if (c.reflection_min >= c.reflection_max)
        checker.fail(origin.at("reflection", "scale_max"),
                     fmt::format("'reflection.scale_max' ({}) must be above 'reflection.scale_min' ({})",
                                 c.reflection_max, c.reflection_min));
    c.reflection_source = str("reflection", "source");
    c.evaluation = read_evaluation(*root["evaluation"].as_table(), given["evaluation"].as_table(),
                                   [&](const toml::node& node, const std::string& message) { checker.fail(node, message); });

    for (auto&& [name, node] : *root["crisis"].as_table()) {
        const auto& t = *node.as_table();
        CrisisType type{std::string(name.str())};
        for (const char* key : {"label", "unit", "unit_cost", "budget", "source"})
            if (!t.contains(key))
                checker.fail(origin.at("crisis", type.name),
                             fmt::format("'crisis.{}' has no '{}'", type.name, key));
        type.label = *t["label"].value<std::string>();
        type.unit = *t["unit"].value<std::string>();
        type.budget = *t["budget"].value<std::string>();
        type.source = *t["source"].value<std::string>();
        // A cost is copied into every avoided crisis recorded with it and summed into
        // reports, so it must be a finite amount a report can show (TOML allows inf, nan
        // and 1e17). The bounds are far beyond any published unit cost.
        auto amount = [&](const char* key, double fallback, bool zero_ok, double high) {
            const toml::node* node = t.get(key);
            double v = node ? *node->value<double>() : fallback;
            if (!std::isfinite(v) || v > high || v < 0 || (!zero_ok && v == 0))
                checker.fail(origin.in_crisis(type.name, key),
                             fmt::format("'crisis.{}.{}' must be a number {} {}, not {}", type.name, key,
                                         zero_ok ? "from 0 to" : "above 0 and at most", high, v));
            return v;
        };
        type.unit_cost = amount("unit_cost", 0, true, 10'000'000);
        type.default_quantity = amount("default_quantity", 1.0, false, 100'000);
        c.crisis_types.push_back(std::move(type));
    }

    const bool vocab_replaced = given["vocab"]["replace"].value_or(false);
    for (auto&& [section, node] : root)
        for (auto&& [key, value] : *node.as_table()) {
            std::string prefix = std::string(section.str()) + "." + std::string(key.str());
            const bool extends = section.str() == "vocab" && value.is_array() && !vocab_replaced;
            auto add = [&](std::string key, const toml::node& v, bool set) {
                using Origin = Config::Entry::Origin;
                Origin origin = !set ? Origin::shipped : extends ? Origin::extended : Origin::file;
                std::string text = toml_text(v);
                auto plain = v.value_exact<std::string>();
                c.entries.push_back({std::move(key), text, plain ? *plain : text, origin});
            };
            const auto set = given[section.str()][key.str()];
            if (const auto* sub = value.as_table())
                for (auto&& [k, v] : *sub) add(prefix + "." + std::string(k.str()), v, set[k.str()].node() != nullptr);
            else
                add(prefix, value, set.node() != nullptr);
        }
    return c;
}

}  // namespace

std::string toml_string(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

const CrisisType* Config::find_crisis(std::string_view name) const {
    for (const auto& type : crisis_types)
        if (type.name == name) return &type;
    return nullptr;
}

std::optional<std::string> Config::get(std::string_view key) const {
    for (const auto& e : entries)
        if (e.key == key) return e.plain;
    return std::nullopt;
}

Config load_config_text(std::string_view user_text, std::string_view source_name) {
    toml::table root = default_config_table();
    Checker checker{std::string(source_name)};
    toml::table given;
    if (!source_name.empty()) {
        given = parse_config_text(user_text, checker.file);
        checker.check(root, given);
        overlay(root, given);
    }
    Config config = build(root, given, checker);
    config.file = source_name;
    return config;
}

Config load_config(const std::optional<std::filesystem::path>& user_file) {
    if (!user_file) return load_config_text("", "");
    // Only a regular file of a sensible size: a FIFO would block lac, a device or a huge
    // file would be read without end, and a directory would read as an empty config.
    constexpr std::uintmax_t largest = 1 << 20;
    std::error_code ec;
    auto status = std::filesystem::status(*user_file, ec);
    // /dev/null is the usual way to say "no config of mine": it reads as empty, at once.
    if (*user_file == "/dev/null") return load_config_text("", user_file->string());
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        throw ConfigError(fmt::format("config file {} is {}; point --config or LAC_CONFIG at a file",
                                      user_file->string(),
                                      std::filesystem::is_directory(status) ? "a directory, not a file"
                                                                            : "a FIFO, socket or device, not a file"));
    if (!ec && std::filesystem::exists(status) && std::filesystem::file_size(*user_file, ec) > largest && !ec)
        throw ConfigError(fmt::format("config file {} is larger than 1 MiB; a lac config is a few lines",
                                      user_file->string()));
    std::ifstream in(*user_file, std::ios::binary);
    if (!in) {
        std::error_code ec;
        if (std::filesystem::exists(*user_file, ec))
            throw PermissionError(fmt::format("cannot read config file {}", user_file->string()));
        throw NoInputError(fmt::format("config file {} does not exist; check --config or LAC_CONFIG",
                                       user_file->string()));
    }
    std::stringstream text;
    text << in.rdbuf();
    return load_config_text(text.str(), user_file->string());
}

}  // namespace lac
