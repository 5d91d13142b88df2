// The evaluation pack as one self-contained HTML page a team lead can hand to a
// commissioner: inline CSS and SVG, no scripts, no external files or fonts, readable on
// screen and on paper. The headline, then each section of SPEC §9 in words, tables and
// charts, then how the figures were worked out.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "lac/report/evaluation_html.hpp"
#include "lac/report/evaluation_render.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace evaluation_html {

std::string esc(std::string_view text) { return html_text(text); }

std::string withheld(const Evaluation& ev, const Line& line) {
    if (line.people > 0 && line.people < ev.assumptions.min_cell)
        return fmt::format("fewer than {} people", ev.assumptions.min_cell);
    return "withheld: would reveal a smaller figure";
}

std::string signed_number(double value, int places) {
    if (std::abs(value) < 0.5 * std::pow(10, -places)) value = 0;
    return fmt::format("{}{:.{}f}", value < 0 ? "−" : value > 0 ? "+" : "", std::abs(value), places);
}

std::string words(std::string_view key) {
    std::string out(key);
    if (out.find_first_of(" ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos)  // a key, not a label
        std::replace(out.begin(), out.end(), '-', ' ');
    return out;
}

std::string measure_title(std::string_view measure) {
    if (measure == "life") return "Life satisfaction";
    if (measure == "worthwhile") return "Worthwhile";
    if (measure == "happy") return "Happiness";
    if (measure == "anxious") return "Anxiety";
    return std::string(measure);
}

std::string decimal(double value, int places) {
    std::string text = fmt::format("{:.{}f}", std::abs(value), places), out;
    std::size_t whole = text.find('.') == std::string::npos ? text.size() : text.find('.');
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && i < whole && (whole - i) % 3 == 0) out += ',';
        out += text[i];
    }
    return (value < 0 && text.find_first_not_of("0.") != std::string::npos ? "-" : "") + out;
}

std::string number(double value) { return decimal(value, value == std::floor(value) ? 0 : 1); }

std::string money(double amount) {
    std::string text = pounds(std::abs(amount) >= 1000 ? std::round(amount) : amount);
    if (std::abs(amount) >= 1000 && text.size() > 3 && text.ends_with(".00")) text.resize(text.size() - 3);
    return text;
}

// A cell, a row, a table: the pieces every section is built of.
std::string cell(const std::string& text, bool numeric) {
    return std::string(numeric ? "<td class=\"n\">" : "<td>") + esc(text) + "</td>";
}
std::string head(const std::vector<std::string>& columns, const std::vector<bool>& numeric) {
    std::string html = "<div class=\"wide\"><table><thead><tr>";
    std::size_t i = 0;
    for (const auto& c : columns) {
        bool n = numeric.empty() ? i > 0 : numeric[i];
        html += std::string(n ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">") + esc(c) + "</th>";
        ++i;
    }
    return html + "</tr></thead><tbody>";
}
const char* const table_end = "</tbody></table></div>\n";
std::string row_head(const std::string& label, bool total) {
    return std::string(total ? "<tr class=\"total\">" : "<tr>") + "<th scope=\"row\">" + esc(label) + "</th>";
}
}  // namespace evaluation_html

namespace {

using namespace evaluation_html;

const char* const style = R"CSS(
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1d2327;margin:2rem auto;max-width:64rem;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2.25rem 0 .5rem;padding-top:.5rem;border-top:1px solid #dcdcde}
h3{font-size:1rem;margin:1.25rem 0 .35rem}
p.sub{color:#50575e;margin:0 0 1rem}
.headline{margin:1rem 0 1.25rem;padding:1rem 1.25rem;background:#f0f6fc;border-left:4px solid #2271b1}
.headline .big{font-size:2.4rem;font-weight:700;margin:0;line-height:1.1}.headline p{margin:.25rem 0}.headline .label{font-weight:600;color:#50575e;font-size:.9rem;text-transform:uppercase;letter-spacing:.03em}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(10.5rem,1fr));gap:.75rem;margin:0 0 1rem}
.card{border:1px solid #dcdcde;border-radius:4px;padding:.5rem .75rem}.card b{display:block;font-size:1.2rem}
.card span{color:#50575e;font-size:.85rem}.card b.sup{font-size:.95rem;font-style:italic;font-weight:600;color:#50575e}
.wide{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums;margin:.25rem 0 .75rem}
th,td{padding:.3rem .5rem;border-bottom:1px solid #dcdcde;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;white-space:nowrap}td.d{white-space:nowrap}td.sup{font-style:italic;color:#50575e;text-align:right}
thead th{border-bottom:2px solid #1d2327;font-size:.85rem;font-weight:600;vertical-align:bottom}thead th.n{white-space:normal}
tbody th{font-weight:400}tr.total th,tr.total td{font-weight:600;background:#f6f7f7}
figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.35rem}
svg{display:block;width:100%;max-width:880px;height:auto}svg text{font:12px system-ui,sans-serif;fill:#1d2327}
.note{color:#50575e;font-size:.85rem}
ul.method li{margin:.35rem 0}.tag{font-size:.75rem;background:#fcf0e1;border:1px solid #dba617;border-radius:3px;padding:0 .3rem;white-space:nowrap}
@media (max-width:56rem){body{margin:1rem auto}th,td{padding:.25rem .35rem}}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}figure,table,.headline{break-inside:avoid}}
)CSS";

std::string long_date(Date d) {
    static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    std::string iso = to_iso(d);
    return fmt::format("{} {} {}", std::stoi(iso.substr(8, 2)), months[std::stoi(iso.substr(5, 2)) - 1], iso.substr(0, 4));
}


std::string suppressed_cell(const Evaluation& ev, const Line& line, int span) {
    return fmt::format("<td class=\"sup\" colspan=\"{}\">{}</td>", span, esc(withheld(ev, line)));
}

// Breakdowns side by side by key (the first's order, then any other keys), each shown as
// the fields asked of it, and their totals last.
enum class Field { count, people, pounds };
struct Column {
    const Breakdown* breakdown;
    std::vector<Field> fields;
};
std::string line_cells(const Evaluation& ev, const Line* line, const std::vector<Field>& fields) {
    if (line && line->suppressed) return suppressed_cell(ev, *line, int(fields.size()));
    std::string html;
    for (Field f : fields) {
        if (!line) html += cell(f == Field::pounds ? money(0) : "0");
        else if (f == Field::count) html += cell(number(double(line->count)));
        else if (f == Field::people) html += cell(number(double(line->people)));
        else if (line->not_uprated > 0 && line->not_uprated == line->count) html += cell("not valued");
        else html += cell(money(line->amount) + (line->not_uprated > 0 ? fmt::format(" ({} not valued)",
                                                                                   number(double(line->not_uprated))) : ""));
    }
    return html;
}
std::string breakdown_rows(const Evaluation& ev, const std::vector<Column>& columns) {
    std::vector<std::string> keys;
    for (const auto& c : columns)
        for (const auto& l : c.breakdown->lines)
            if (std::find(keys.begin(), keys.end(), l.key) == keys.end()) keys.push_back(l.key);
    std::string html;
    for (const auto& key : keys) {
        html += row_head(words(key));
        for (const auto& c : columns) {
            auto it = std::find_if(c.breakdown->lines.begin(), c.breakdown->lines.end(), [&](const Line& l) { return l.key == key; });
            html += line_cells(ev, it == c.breakdown->lines.end() ? nullptr : &*it, c.fields);
        }
        html += "</tr>";
    }
    html += row_head("total", true);
    for (const auto& c : columns) html += line_cells(ev, &c.breakdown->total, c.fields);
    return html + "</tr>";
}
std::string line_row(const Evaluation& ev, const std::string& label, const Line& line, const std::string& shown) {
    if (line.suppressed) return row_head(label) + suppressed_cell(ev, line, 2) + "</tr>";
    return row_head(label) + cell(shown) + cell(number(double(line.people))) + "</tr>";
}

std::string headline(const Evaluation& ev) {
    const auto& s = ev.scenarios;
    std::string html = "<section class=\"headline\" aria-label=\"Value per pound\">";
    if (s[1].per_pound)
        html += fmt::format("<p class=\"label\">Social value per £1 spent</p><p class=\"big\">{}</p><p><strong>of social "
                            "value for each £1 spent</strong> on Local Area "
                            "Coordination in this period, at central assumptions.</p><p>Between {} and {} at low and high "
                            "assumptions. Values are at {} prices.</p>",
                            esc(pounds(*s[1].per_pound)), esc(pounds(*s[0].per_pound)), esc(pounds(*s[2].per_pound)),
                            esc(ev.assumptions.price_year));
    else
        html += "<p>" + esc(per_pound_words(ev)) + "</p>";
    html += "</section>\n<div class=\"cards\">";
    auto card = [&](const std::string& value, const std::string& what, bool hidden = false) {
        html += std::string(hidden ? "<div class=\"card\"><b class=\"sup\">" : "<div class=\"card\"><b>") + esc(value) +
                "</b><span>" + esc(what) + "</span></div>";
    };
    auto counted_card = [&](const Line& line, const std::string& what, const std::string& shown) {
        card(line.suppressed ? withheld(ev, line) : shown, what, line.suppressed);
    };
    counted_card(ev.walked_alongside.total, "people walked alongside", number(double(ev.walked_alongside.total.count)));
    counted_card(ev.connections_made.total, "connections made", number(double(ev.connections_made.total.count)));
    counted_card(ev.avoided_by_budget.total, "value of crises avoided", money(ev.avoided_value));
    card(money(s[1].present_value), "social value, present value (central)");
    card(money(ev.cost.value), "programme cost for the period");
    return html + "</div>\n";
}

std::string reach(const Evaluation& ev) {
    std::string html = "<h2>Reach</h2>\n" + head({"", "figure", "people"});
    html += line_row(ev, "people walked alongside", ev.walked_alongside.total, number(double(ev.walked_alongside.total.count)));
    html += line_row(ev, "people introduced (a short piece of help)", ev.introduced.total, number(double(ev.introduced.total.count)));
    html += line_row(ev, "conversations", ev.conversations, number(double(ev.conversations.count)));
    html += line_row(ev, "hours of conversation", ev.conversations, decimal(ev.conversations.amount / 60, 1));
    html += line_row(ev, "people who closed", ev.closures.total, number(double(ev.closures.total.count)));
    html += table_end;
    html += "<h3>By source of introduction</h3>\n" + head({"source", "walked alongside", "introduced"});
    html += breakdown_rows(ev, {{&ev.walked_alongside, {Field::count}}, {&ev.introduced, {Field::count}}}) + table_end;
    html += "<h3>Closures by reason</h3>\n" + head({"reason", "people"});
    return html + breakdown_rows(ev, {{&ev.closures, {Field::count}}}) + table_end;
}

std::string goals_and_connections(const Evaluation& ev) {
    std::string html = "<h2>Goals by life area</h2>\n" + head({"life area", "goals set", "people", "goals achieved", "people"});
    html += breakdown_rows(ev, {{&ev.goals_set, {Field::count, Field::people}}, {&ev.goals_achieved, {Field::count, Field::people}}}) + table_end;
    html += "<h2>Connections</h2>\n<figure><figcaption>Connections made and sustained, month by month</figcaption>" +
            connections_chart(ev) + "</figure>\n<h3>By kind</h3>\n" +
            head({"kind", "made", "people", "reached sustained", "people"});
    html += breakdown_rows(ev, {{&ev.connections_made, {Field::count, Field::people}},
                                {&ev.connections_sustained, {Field::count, Field::people}}}) + table_end;
    const Line& sustained = ev.people_sustained;
    html += "<p>People with at least one sustained connection at the end of the period: " +
            esc(sustained.suppressed ? withheld(ev, sustained) : number(double(sustained.people))) + ".</p>\n";
    html += "<h2>Contributions</h2>\n<p>What people walked alongside gave to others, in time (lac contribute).</p>\n" +
            head({"", "contributions", "people", "hours"});
    const Line& c = ev.contributions;
    html += row_head("contributions") + (c.suppressed ? suppressed_cell(ev, c, 3)
              : cell(number(double(c.count))) + cell(number(double(c.people))) + cell(decimal(c.amount, 1))) + "</tr>" + table_end;
    html += head({"value of the hours given", "low", "central", "high"}) + row_head(fmt::format("at {} prices", ev.assumptions.price_year));
    for (double v : ev.contribution_value.by) html += c.suppressed ? std::string("<td class=\"sup\">withheld</td>") : cell(money(v));
    return html + "</tr>" + table_end;
}

std::string avoided(const Evaluation& ev) {
    std::string html = fmt::format("<h2>Avoided crises</h2>\n<p>Crises a coordinator judged were avoided, each valued at "
                                   "the unit cost recorded with it, uprated to {} prices and weighted by how sure the "
                                   "coordinator was.</p>\n<figure><figcaption>Avoided value by budget holder</figcaption>",
                                   esc(ev.assumptions.price_year));
    html += budget_chart(ev) + "</figure>\n";
    html += "<h3>By budget holder</h3>\n" + head({"budget holder", "crises", "people", "value"});
    html += breakdown_rows(ev, {{&ev.avoided_by_budget, {Field::count, Field::people, Field::pounds}}}) + table_end;
    html += "<h3>By type</h3>\n" + head({"type", "crises", "people", "value"});
    html += breakdown_rows(ev, {{&ev.avoided_by_type, {Field::count, Field::people, Field::pounds}}}) + table_end;
    html += "<h3>By confidence</h3>\n" + head({"confidence", "crises", "people", "value"});
    html += breakdown_rows(ev, {{&ev.avoided_by_confidence, {Field::count, Field::people, Field::pounds}}}) + table_end;
    if (ev.not_uprated.count > 0)
        html += "<p class=\"note\">" + esc(ev.not_uprated.suppressed
            ? "Some avoided crises (" + withheld(ev, ev.not_uprated) + ") have a cost whose source names no price year "
              "the deflator lists; they are left out of the values rather than guessed."
            : fmt::format("{} avoided crises, costing {} at their own prices, have a cost whose source names no price "
                          "year the deflator lists; they are left out of the values (“not valued”) rather than guessed.",
                          number(double(ev.not_uprated.count)), money(ev.not_uprated.amount))) + "</p>\n";
    return html;
}

}  // namespace

void write_evaluation_html(std::ostream& out, const Evaluation& ev) {
    std::string who = ev.team.empty() ? "every team in this database" : ev.team;
    std::string when = fmt::format("{} to {}{}", long_date(ev.period.from), long_date(ev.period.to),
                                   ev.period.year ? fmt::format(" (the year {}{})", *ev.period.year, ev.period.to_date ? " so far" : "")
                                                  : fmt::format(" ({} days)", ev.period.to - ev.period.from + 1));
    out << "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        << "<title>" << esc("Local Area Coordination evaluation: " + evaluation_title(ev)) << "</title><style>"
        << style << "</style></head><body>\n"
        << "<h1>Local Area Coordination: evaluation</h1>\n<p class=\"sub\"><strong>Team:</strong> " << esc(who)
        << " · <strong>Period:</strong> " << esc(when) << " · <strong>Values at</strong> "
        << esc(ev.assumptions.price_year) << " prices</p>\n"
        << headline(ev) << reach(ev) << goals_and_connections(ev) << avoided(ev) << wellbeing_section(ev)
        << social_return_section(ev) << coproduction_section(ev) << method_section(ev) << "</body></html>\n";
}

}  // namespace lac
