// The evaluation pack as one self-contained HTML page a team lead can hand to a
// commissioner: inline CSS, no scripts, no external files or fonts.
#include <fmt/format.h>

#include "lac/report/evaluation_render.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

const char* const style = R"CSS(
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1d2327;margin:2rem auto;max-width:64rem;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem}
p.sub{color:#50575e;margin:0 0 1rem}
.headline{font-size:1.35rem;font-weight:600;margin:1rem 0 1.5rem;padding:1rem;background:#f0f6fc;border-left:4px solid #2271b1}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:.3rem .5rem;border-bottom:1px solid #dcdcde;text-align:left;vertical-align:top}
td.n{text-align:right;white-space:nowrap}
thead th{border-bottom:2px solid #1d2327;font-size:.85rem;font-weight:600}
.note{color:#50575e;font-size:.85rem}
ul.method li{margin:.35rem 0}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}table{break-inside:avoid}}
)CSS";

std::string shown_value(const std::vector<Cell>& row) {
    if (row[3].kind == Cell::Kind::null) return row[6].text.empty() ? "none" : row[6].text;
    if (row[4].text == "pounds") return pounds(std::stod(row[3].text));
    return row[3].text;
}

}  // namespace

void write_evaluation_html(std::ostream& out, const Evaluation& ev) {
    Table figures = evaluation_figures(ev);
    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        << "<title>" << html_text("Local Area Coordination evaluation: " + evaluation_title(ev)) << "</title><style>"
        << style << "</style></head><body>\n"
        << "<h1>Local Area Coordination: evaluation</h1>\n<p class=\"sub\">" << html_text(evaluation_title(ev))
        << ", at " << html_text(ev.assumptions.price_year) << " prices</p>\n"
        << "<p class=\"headline\">" << html_text(per_pound_words(ev)) << "</p>\n";
    std::string section;
    for (const auto& row : figures.rows) {
        if (row[0].text != section) {
            if (!section.empty()) out << "</tbody></table>\n";
            section = row[0].text;
            out << "<h2>" << html_text(section) << "</h2>\n<table><thead><tr><th scope=\"col\">figure</th>"
                   "<th scope=\"col\">key</th><th scope=\"col\">value</th><th scope=\"col\">people</th></tr></thead><tbody>";
        }
        out << "<tr><td>" << html_text(row[1].text) << "</td><td>" << html_text(row[2].text) << "</td><td class=\"n\">"
            << html_text(shown_value(row)) << "</td><td class=\"n\">" << html_text(row[5].text) << "</td></tr>";
    }
    if (!section.empty()) out << "</tbody></table>\n";
    out << "</body></html>\n";
}

}  // namespace lac
