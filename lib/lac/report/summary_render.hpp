#pragma once
// Renderers of a computed Summary: each only lays out what compute_summary found.
#include <ostream>

#include <nlohmann/json.hpp>

#include "lac/report/summary.hpp"
#include "lac/util/table.hpp"

namespace lac {

// The JSON shape lac-summary(1) documents under OUTPUT.
nlohmann::ordered_json summary_json(const Summary& summary);
// One row per coordinator plus a TEAM row (the CSV).
Table summary_rows(const Summary& summary);
// For a terminal: keys down the side, a column per coordinator and the team.
void write_summary_text(std::ostream& out, const Summary& summary, const Style& style);
// To paste into an email or a wiki.
void write_summary_markdown(std::ostream& out, const Summary& summary);
// One self-contained page with inline SVG charts; no external file, font or script.
void write_summary_html(std::ostream& out, const Summary& summary);

// A key's value as shown (hours and pounds to two places at most); an unknown key is a bug.
Cell summary_cell(const SummaryKeys& keys, const std::string& name);
// A key's value as a person reads it: the capacity band as "50–60", money in pounds.
// The band's row stands for capacity_min and capacity_max together.
std::string summary_text(const SummaryKeys& keys, const std::string& name);
// The caseload against the band: "", "over" or "under".
std::string band_of(const SummaryKeys& keys);
std::string period_title(const Summary& summary);

}  // namespace lac
