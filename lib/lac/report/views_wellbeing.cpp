// Wellbeing check-ins as tables, JSON and words, with the ONS's bands.
#include <fmt/format.h>

#include "lac/domain/wellbeing.hpp"
#include "lac/report/views.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

using json = nlohmann::ordered_json;

const std::pair<const char*, std::optional<int> Wellbeing::*> scores[] = {
    {"life", &Wellbeing::life}, {"worthwhile", &Wellbeing::worthwhile}, {"happy", &Wellbeing::happy},
    {"anxious", &Wellbeing::anxious}};

std::string loneliness_words(const std::string& word) {
    for (const auto& [w, words] : loneliness_answers())
        if (w == word) return words;
    return word;
}

json band_or_null(const std::string& measure, const std::optional<int>& score) {
    return score ? json(ons_band(measure, *score)) : json(nullptr);
}

}  // namespace

Table wellbeing_table(const std::vector<Wellbeing>& checkins, bool whole_text) {
    Table t{{"wellbeing", "person", "name", "date", "life", "worthwhile", "happy", "anxious", "lonely", "note"}};
    for (const auto& w : checkins)
        t.rows.push_back({Cell::str(make_ref(ref::wellbeing, w.id)), Cell::str(make_ref(ref::person, w.person_id)),
                          Cell::str(w.person_name), Cell::str(to_iso(w.on)), Cell::maybe(w.life),
                          Cell::maybe(w.worthwhile), Cell::maybe(w.happy), Cell::maybe(w.anxious),
                          text_or_null(w.lonely), text_or_null(whole_text ? w.note : one_line(w.note, 40))});
    return t;
}

json wellbeing_json(const Wellbeing& w) {
    json j = {{"wellbeing", make_ref(ref::wellbeing, w.id)}, {"person", make_ref(ref::person, w.person_id)},
              {"date", to_iso(w.on)}};
    for (const auto& [measure, member] : scores) j[measure] = w.*member ? json(*(w.*member)) : json(nullptr);
    j["lonely"] = w.lonely.empty() ? json(nullptr) : json(w.lonely);
    j["note"] = w.note;
    return j;
}

json wellbeing_record_json(const std::vector<Wellbeing>& oldest_first) {
    json changes = json::array();
    for (const auto& c : wellbeing_changes(oldest_first))
        changes.push_back({{"measure", c.measure},
                           {"first", *c.first},
                           {"first_on", to_iso(*c.first_on)},
                           {"first_band", band_or_null(c.measure, c.first)},
                           {"latest", *c.latest},
                           {"latest_on", to_iso(*c.latest_on)},
                           {"latest_band", band_or_null(c.measure, c.latest)},
                           {"change", *c.latest - *c.first}});
    json checkins = json::array();
    for (const auto& w : oldest_first) checkins.push_back(wellbeing_json(w));
    return {{"changes", changes}, {"checkins", checkins}};
}

std::string wellbeing_words(const Wellbeing& w) {
    std::vector<std::string> parts;
    for (const auto& [measure, member] : scores)
        if (w.*member) parts.push_back(fmt::format("{} {} ({})", measure, *(w.*member), ons_band(measure, *(w.*member))));
    if (!w.lonely.empty()) parts.push_back("lonely: " + loneliness_words(w.lonely));
    return join(parts, ", ");
}

}  // namespace lac
