#include "lac/domain/config_evaluation.hpp"

#include <cmath>
#include <set>

#include <fmt/format.h>

#include "lac/domain/evaluation_math.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

struct Reader {
    const toml::table& merged;
    const toml::table* given;
    const ConfigFail& fail;

    // Where to point an error: the user's node where they set it, else the shipped one.
    const toml::node& where(std::string_view table, std::string_view key) const {
        if (given) {
            const toml::node* node = table.empty() ? given->get(key) : (*given)[table][key].node();
            if (node) return *node;
            if (!table.empty())
                if (const toml::node* t = given->get(table)) return *t;
        }
        const toml::node* node = table.empty() ? merged.get(key) : merged[table][key].node();
        return node ? *node : *merged[table].node();
    }

    static std::string name(std::string_view table, std::string_view key) {
        return table.empty() ? fmt::format("evaluation.{}", key) : fmt::format("evaluation.{}.{}", table, key);
    }

    [[noreturn]] void refuse(std::string_view table, std::string_view key, const std::string& why) const {
        std::string message = fmt::format("'{}' {}", name(table, key), why);
        fail(where(table, key), message);
        throw ConfigError(message);  // not reached: fail throws
    }

    const toml::table& table(std::string_view t, const std::set<std::string>& keys) const {
        const toml::table* tab = merged[t].as_table();
        if (!tab) refuse("", t, "must be a table");
        // The user's own table first: its nodes keep their lines (the merged copies lose them).
        const toml::table* own = given ? given->get_as<toml::table>(t) : nullptr;
        for (const toml::table* look : {own, tab})
            if (look)
                for (auto&& [key, node] : *look)
                    if (!keys.count(std::string(key.str())))
                        fail(node, fmt::format("unknown key '{}'{}", name(t, key.str()),
                                               did_you_mean(std::string(key.str()), {keys.begin(), keys.end()})));
        for (const auto& key : keys)
            if (!tab->contains(key)) refuse(t, key, "is missing");
        return *tab;
    }

    double number(std::string_view t, std::string_view key, double low, double high) const {
        const toml::node* node = t.empty() ? merged.get(key) : merged[t][key].node();
        if (!node || !node->is_number()) refuse(t, key, "must be a number");
        double v = *node->value<double>();
        if (!std::isfinite(v) || v < low || v > high)
            refuse(t, key, fmt::format("must be a number from {} to {}, not {}", low, high, v));
        return v;
    }

    std::string text(std::string_view t, std::string_view key) const {
        const toml::node* node = t.empty() ? merged.get(key) : merged[t][key].node();
        auto v = node ? node->value_exact<std::string>() : std::nullopt;
        if (!v || v->empty()) refuse(t, key, "must be a string that is not empty");
        return *v;
    }

    Assumption assumption(std::string_view t, double low, double high, bool money, bool whole) const {
        std::set<std::string> keys{"low", "central", "high", "source"};
        if (money) keys.insert("price_year");
        table(t, keys);
        Assumption a;
        a.low = number(t, "low", low, high);
        a.central = number(t, "central", low, high);
        a.high = number(t, "high", low, high);
        if (whole)
            for (const char* key : {"low", "central", "high"})
                if (double v = number(t, key, low, high); v != std::floor(v))
                    refuse(t, key, fmt::format("must be a whole number of years, not {}", v));
        if (a.low > a.central) refuse(t, "low", fmt::format("({}) must not be above central ({})", a.low, a.central));
        if (a.central > a.high)
            refuse(t, "high", fmt::format("({}) must not be below central ({})", a.high, a.central));
        a.source = text(t, "source");
        if (money) a.price_year = text(t, "price_year");
        return a;
    }
};

}  // namespace

std::optional<double> EvaluationConfig::index_of(std::string_view year) const {
    for (const auto& [y, index] : deflator)
        if (y == year) return index;
    return std::nullopt;
}

EvaluationConfig read_evaluation(const toml::table& merged, const toml::table* given, const ConfigFail& fail) {
    Reader r{merged, given, fail};
    EvaluationConfig e;
    constexpr double most_money = 10'000'000;
    e.price_year = r.text("", "price_year");
    e.min_cell = int(r.number("", "min_cell", 1, 1000));
    e.wellbeing_min_weeks = int(r.number("", "wellbeing_min_weeks", 0, 520));
    e.wellby_value = r.assumption("wellby_value", 0, most_money, true, false);
    e.hour_value = r.assumption("hour_value", 0, most_money, true, false);
    e.deadweight = r.assumption("deadweight", 0, 1, false, false);
    e.attribution = r.assumption("attribution", 0, 1, false, false);
    e.displacement = r.assumption("displacement", 0, 1, false, false);
    e.drop_off = r.assumption("drop_off", 0, 1, false, false);
    e.discount_rate = r.assumption("discount_rate", 0, 1, false, false);
    e.duration_years = r.assumption("duration_years", 1, 10, false, true);

    r.table("confidence", {"possible", "likely", "certain", "source"});
    e.confidence.possible = r.number("confidence", "possible", 0, 1);
    e.confidence.likely = r.number("confidence", "likely", 0, 1);
    e.confidence.certain = r.number("confidence", "certain", 0, 1);
    if (e.confidence.possible > e.confidence.likely || e.confidence.likely > e.confidence.certain)
        r.refuse("confidence", "likely", "must lie between 'possible' and 'certain' (possible <= likely <= certain)");
    e.confidence.source = r.text("confidence", "source");

    r.table("cost", {"per_coordinator_year", "programme_per_year", "source"});
    e.cost.per_coordinator_year = r.number("cost", "per_coordinator_year", 0, 1e9);
    e.cost.programme_per_year = r.number("cost", "programme_per_year", 0, 1e11);
    e.cost.source = r.text("cost", "source");

    const auto& deflator = r.table("deflator", {"years", "index", "source"});
    const auto* years = deflator["years"].as_array();
    const auto* index = deflator["index"].as_array();
    if (!years || years->empty()) r.refuse("deflator", "years", "must be a list of years such as \"2019\" or \"2019-20\"");
    if (!index || index->size() != years->size())
        r.refuse("deflator", "index", fmt::format("must list one number for each of the {} years", years->size()));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < years->size(); ++i) {
        auto year = years->get(i)->value_exact<std::string>();
        auto value = index->get(i)->value<double>();
        if (!year || year->empty() || !seen.insert(*year).second)
            r.refuse("deflator", "years", "must list each year once, as a string such as \"2019\"");
        if (!index->get(i)->is_number() || !value || !std::isfinite(*value) || *value <= 0 || *value > 1e6)
            r.refuse("deflator", "index", fmt::format("must hold numbers above 0 (the index for {})", *year));
        e.deflator.emplace_back(*year, *value);
    }
    e.deflator_source = r.text("deflator", "source");
    // A site's own series with the shipped series' source would misname it.
    if (const toml::table* own = given ? given->get_as<toml::table>("deflator") : nullptr;
        own && (own->contains("years") || own->contains("index")) && !own->contains("source"))
        r.refuse("deflator", "years", "is a series of your own: give its 'source' too (publisher, series, release)");
    for (const auto* money : {&e.wellby_value, &e.hour_value})
        if (!deflator_year(e, money->price_year))
            r.refuse(money == &e.wellby_value ? "wellby_value" : "hour_value", "price_year",
                     fmt::format("is '{}', a year the deflator does not list", money->price_year));
    if (!deflator_year(e, e.price_year))
        r.refuse("", "price_year", fmt::format("is '{}', a year [evaluation.deflator] does not list", e.price_year));
    return e;
}

}  // namespace lac
