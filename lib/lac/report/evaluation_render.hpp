#pragma once
// Renderers of a computed Evaluation (lac-evaluate(1), OUTPUT): each only lays out what
// evaluate() found.
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "lac/domain/evaluation.hpp"
#include "lac/util/table.hpp"

namespace lac {

// Every figure with its inputs and the assumptions behind it.
nlohmann::ordered_json evaluation_json(const Evaluation& ev);
// One row per figure: section, figure, key, value, unit, people (the CSV; also the terminal's
// and markdown's tables, a section at a time).
Table evaluation_figures(const Evaluation& ev);
void write_evaluation_text(std::ostream& out, const Evaluation& ev, const Style& style);
void write_evaluation_markdown(std::ostream& out, const Evaluation& ev);
// One self-contained page with inline SVG charts, to hand to a commissioner.
void write_evaluation_html(std::ostream& out, const Evaluation& ev);

// "Year 2026 (2026-01-01 to 2026-12-31), team North" or "Period … (N days), everyone".
std::string evaluation_title(const Evaluation& ev);
// "£2.31 per £1 (£1.02 to £4.87)", or why there is none.
std::string per_pound_words(const Evaluation& ev);

}  // namespace lac
