#include "lac/domain/completion.hpp"

#include "lac/domain/config.hpp"
#include "lac/store/completion.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

bool starts_with(std::string_view text, std::string_view start) { return text.substr(0, start.size()) == start; }

// So many would fill a screen with no use to anyone; a few more letters narrow them.
constexpr int most_assets = 200;

void add_starting(std::vector<std::string>& words, const std::vector<std::string>& from, std::string_view typed) {
    for (const auto& w : from)
        if (starts_with(w, typed)) words.push_back(w);
}

}  // namespace

bool is_database_word_kind(std::string_view kind) {
    return kind == "people" || kind == "assets" || kind == "handles" || kind == "teams";
}

std::vector<std::string> config_words(const Config& config, std::string_view kind, std::string_view typed) {
    std::vector<std::string> words;
    if (kind == "crisis") {
        for (const auto& type : config.crisis_types)
            if (starts_with(type.name, typed)) words.push_back(type.name);
    } else if (kind == "keys") {
        for (const auto& e : config.entries)
            if (starts_with(e.key, typed)) words.push_back(e.key);
    } else if (starts_with(kind, "vocab.")) {
        // The list by its key, as 'lac config get vocab.modes' reads it: one home for the names.
        for (const auto& [key, list] : {std::pair{"vocab.modes", &config.modes}, {"vocab.life_areas", &config.life_areas},
                                        {"vocab.asset_kinds", &config.asset_kinds}, {"vocab.sources", &config.sources}})
            if (kind == key) add_starting(words, *list, typed);
    }
    return words;
}

std::vector<std::string> database_words(Db& db, std::string_view kind, std::string_view typed,
                                        const std::string& acting) {
    std::string text(typed);
    if (kind == "handles") return store::handles_starting(db, ascii_lower(text));
    if (kind == "teams") return store::teams_starting(db, text);
    if (kind == "assets") return store::asset_names_starting(db, fold_name(text), most_assets);
    if (kind != "people") return {};
    // Names first, then references: "P" or "1" could begin either. A reference is offered
    // as it is being typed, "P12", "p12" or "12", so that it goes on from what is there.
    std::string key = fold_name(text);
    bool lettered = !text.empty() && (text[0] == ref::person || text[0] == ascii_lower(std::string(1, ref::person))[0]);
    std::string digits = text.substr(lettered ? 1 : 0);
    bool could_be_ref = !text.empty() && digits.find_first_not_of("0123456789") == std::string::npos;
    std::vector<std::string> names, refs;
    for (const auto& p : store::active_people_of(db, acting)) {
        if (starts_with(p.name_key, key)) names.push_back(p.name);
        std::string number = std::to_string(p.id);
        if (could_be_ref && starts_with(number, digits)) refs.push_back(text.substr(0, lettered ? 1 : 0) + number);
    }
    names.insert(names.end(), refs.begin(), refs.end());
    return names;
}

}  // namespace lac
