#pragma once
// The parts of the evaluation's html page (evaluation_html*.cpp), private to report/.
#include <string>
#include <vector>
#include <string_view>

#include "lac/domain/evaluation.hpp"

namespace lac::evaluation_html {

// Text for HTML (html_text).
std::string esc(std::string_view text);
// What a suppressed figure says: "fewer than 5 people", or, for one held back so that a
// smaller one cannot be found by subtraction, that it was withheld.
std::string withheld(const Evaluation& ev, const Line& line);
// A change with its sign: "+0.85", "−0.20".
std::string signed_number(double value, int places = 2);
// A key as a reader says it: "social-work" is "social work".
std::string words(std::string_view key);
// With thousands separators: decimal(12345.67, 1) is "12,345.7"; number() gives a whole
// number with none after the point, else one place.
std::string decimal(double value, int places);
std::string number(double value);
// Pounds as a reader wants them: whole pounds from £1,000 up (£127,718,147), else with pence.
std::string money(double amount);
// "Life satisfaction" for "life", and so on for the four ONS measures.
std::string measure_title(std::string_view measure);

// Inline SVG charts, each with a <title>, axis labels or a legend, and its numbers; or a
// note saying why there is nothing to draw.
std::string budget_chart(const Evaluation& ev);
std::string wellbeing_chart(const Evaluation& ev);
std::string connections_chart(const Evaluation& ev);

// The sections after the avoided crises (evaluation_html_sections.cpp).
std::string wellbeing_section(const Evaluation& ev);
std::string social_return_section(const Evaluation& ev);
std::string coproduction_section(const Evaluation& ev);

// The table pieces the sections share.
std::string cell(const std::string& text, bool numeric = true);
// A table's head; `numeric` says which columns are right-aligned numbers (by default all
// but the first).
std::string head(const std::vector<std::string>& columns, const std::vector<bool>& numeric = {});
extern const char* const table_end;
std::string row_head(const std::string& label, bool total = false);

// "How these figures were worked out": every assumption, its values and its source.
std::string method_section(const Evaluation& ev);

}  // namespace lac::evaluation_html
