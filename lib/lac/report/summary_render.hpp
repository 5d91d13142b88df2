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
// For a terminal: keys down the side in words, a column per coordinator and the team.
void write_summary_text(std::ostream& out, const Summary& summary, const Style& style);
// To paste into an email or a wiki: a table per group of keys, a row per coordinator.
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
// summary_text, with a caseload outside the band marked "over" or "under".
std::string summary_shown(const SummaryKeys& keys, const SummaryKey& key);

// The keys of one group of summary_keys() that have a column of their own, in order; the
// groups in the order of their first keys.
struct SummaryGroup {
    std::string title;
    std::vector<const SummaryKey*> keys;
};
const std::vector<SummaryGroup>& summary_groups();
// One group with coordinators in rows: "coordinator", then a column per key named in
// words; a row per coordinator, then the TEAM row.
Table summary_group_table(const Summary& summary, const SummaryGroup& group);

// "Week 2026-W47 (2026-11-16 to 2026-11-22), team North", or for a --from/--to range
// "Period 2026-11-01 to 2026-11-30 (30 days), team North".
std::string period_title(const Summary& summary);

}  // namespace lac
