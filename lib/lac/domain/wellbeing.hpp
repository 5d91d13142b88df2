#pragma once
// Wellbeing check-ins: the ONS personal wellbeing questions (ONS4) and the ONS direct
// question on loneliness, asked in the ONS's words and labelled by the ONS's thresholds.
// Not SWEMWBS or the Outcomes Star, which need licences.
#include <optional>
#include <string>
#include <vector>

#include "lac/domain/corrections.hpp"
#include "lac/domain/giving.hpp"
#include "lac/domain/session.hpp"
#include "lac/store/records.hpp"

namespace lac {

// One question, as the ONS asks it.
struct WellbeingQuestion {
    const char* measure;   // life, worthwhile, happy, anxious, lonely
    const char* question;  // the ONS's words
    const char* scale;     // how to answer
};
const std::vector<WellbeingQuestion>& wellbeing_questions();
// The ONS direct question's answers, in its order: the word lac keeps and the words asked.
const std::vector<std::pair<std::string, std::string>>& loneliness_answers();

// The ONS's band for a score: low (0–4), medium (5–6), high (7–8), very high (9–10); for
// anxiety, where lower is better: very low (0–1), low (2–3), medium (4–5), high (6–10).
std::string ons_band(const std::string& measure, int score);

struct WellbeingFields {
    std::string person;
    std::optional<std::string> life, worthwhile, happy, anxious, lonely;
    std::optional<Date> on;  // today when not given
    std::string note;
};
// The one check of a check-in's own fields, for the command, its correction and the
// importer: each score a whole number 0–10, the loneliness answer one of the ONS's (its
// word or its words: "often/always", "some of the time", "hardly ever"), at least one
// answer, the date (today when not given). Its person is the caller's to find.
Wellbeing check_wellbeing_fields(const Session& s, const WellbeingFields& fields);
Wellbeing record_wellbeing(Session& s, const WellbeingFields& fields);

// A correction: each field given replaces the check-in's own; an empty one takes an answer
// away (one answer must stay).
struct WellbeingEdit {
    std::string wellbeing;  // W4 or 4
    std::optional<std::string> life, worthwhile, happy, anxious, lonely, note;
    std::optional<Date> on;
};
Corrected<Wellbeing> edit_wellbeing(Session& s, const WellbeingEdit& edit);
Wellbeing delete_wellbeing(Session& s, std::string_view wellbeing, bool confirmed);
Wellbeing show_wellbeing(Session& s, std::string_view wellbeing);
std::vector<Wellbeing> list_wellbeing(Session& s, const GivingQuery& query);

// A person's first and latest check-in of each measure, and the change between them.
struct WellbeingChange {
    std::string measure;
    std::optional<int> first, latest;
    std::optional<Date> first_on, latest_on;
};
std::vector<WellbeingChange> wellbeing_changes(const std::vector<Wellbeing>& oldest_first);

}  // namespace lac
