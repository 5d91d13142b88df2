#include "lac/report/evaluation_render.hpp"

#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "lac/util/text.hpp"

namespace lac {
namespace {

const char* const scenario_names[] = {"low", "central", "high"};

struct Figures {
    const Evaluation& ev;
    Table t{{"section", "figure", "key", "value", "unit", "people", "note"}};

    std::string suppressed_note() const {
        return fmt::format("suppressed: fewer than {} people", ev.assumptions.min_cell);
    }
    void add(const char* section, const std::string& figure, const std::string& key, std::optional<double> value,
             const char* unit, std::optional<long long> people, const std::string& note = "") {
        t.rows.push_back({Cell::str(section), Cell::str(figure), Cell::str(key),
                          value ? Cell::num(*value) : Cell::null(), Cell::str(unit),
                          people ? Cell::num(int64_t(*people)) : Cell::null(), Cell::str(note)});
    }
    // A line's count (or amount) with its people, or nothing when suppressed.
    void line(const char* section, const std::string& figure, const Line& l, const char* unit, bool amount = false) {
        if (l.suppressed) return add(section, figure, l.key, std::nullopt, unit, std::nullopt, suppressed_note());
        std::string note;
        if (amount && l.not_uprated > 0)
            note = fmt::format("{} of {} left out: their cost cannot be uprated", l.not_uprated, l.count);
        if (amount && l.not_uprated > 0 && l.not_uprated == l.count)
            return add(section, figure, l.key, std::nullopt, unit, l.people, note);
        add(section, figure, l.key, amount ? l.amount : double(l.count), unit, l.people, note);
    }
    void breakdown(const char* section, const std::string& figure, const Breakdown& b, const char* unit,
                   bool amount = false) {
        Line total = b.total;
        total.key = "total";
        line(section, figure, total, unit, amount);
        for (const auto& l : b.lines) line(section, figure, l, unit, amount);
    }
    void valued(const char* section, const std::string& figure, const Valued& v, bool hidden) {
        for (int i = 0; i < 3; ++i)
            if (hidden)
                add(section, figure, scenario_names[i], std::nullopt, "pounds", std::nullopt, suppressed_note());
            else
                add(section, figure, scenario_names[i], v.by[i], "pounds", std::nullopt);
    }
};

}  // namespace

std::string evaluation_title(const Evaluation& ev) {
    std::string span = fmt::format("{} to {}", to_iso(ev.period.from), to_iso(ev.period.to));
    std::string who = ev.team.empty() ? "everyone" : "team " + ev.team;
    if (ev.period.year)
        return fmt::format("Year {}{} ({}), {}", *ev.period.year, ev.period.to_date ? " to date" : "", span, who);
    int days = ev.period.to - ev.period.from + 1;
    return fmt::format("Period {} ({} day{}), {}", span, days, days == 1 ? "" : "s", who);
}

std::string per_pound_words(const Evaluation& ev) {
    const auto& s = ev.scenarios;
    if (!s[1].per_pound)
        return ev.cost.method == "coordinators" && ev.cost.coordinators == 0
                   ? "no value per £1: no coordinator walked alongside anyone in the period, so it cost nothing"
                   : "no value per £1: the programme's cost is 0 (set [evaluation.cost] in the config)";
    std::string words = fmt::format("{} of value per £1 spent ({} to {} at low and high assumptions)",
                                    pounds(*s[1].per_pound), pounds(*s[0].per_pound), pounds(*s[2].per_pound));
    if (!ev.left_out.empty())
        words += fmt::format("; {} left out, being about fewer than {} people", join(ev.left_out, " and "),
                             ev.assumptions.min_cell);
    return words;
}

Table evaluation_figures(const Evaluation& ev) {
    Figures f{ev};
    f.add("evaluation", "period", fmt::format("{} to {}", to_iso(ev.period.from), to_iso(ev.period.to)),
          double(ev.period.to - ev.period.from + 1), "days", std::nullopt);
    f.add("evaluation", "team", ev.team.empty() ? "everyone" : ev.team, std::nullopt, "", std::nullopt);
    f.add("evaluation", "price year", ev.assumptions.price_year, std::nullopt, "", std::nullopt);
    f.breakdown("reach", "walked alongside", ev.walked_alongside, "people");
    f.breakdown("reach", "introduced", ev.introduced, "people");
    f.line("reach", "conversations", ev.conversations, "conversations");
    Line hours = ev.conversations;
    hours.amount /= 60;
    f.line("reach", "conversation hours", hours, "hours", true);
    f.breakdown("reach", "closed", ev.closures, "people");
    f.breakdown("goals", "goals set", ev.goals_set, "goals");
    f.breakdown("goals", "goals achieved", ev.goals_achieved, "goals");
    f.breakdown("connections", "connections made", ev.connections_made, "connections");
    f.breakdown("connections", "connections sustained", ev.connections_sustained, "connections");
    f.line("connections", "people with a sustained connection", ev.people_sustained, "people");
    f.line("contributions", "contributions", ev.contributions, "contributions");
    f.line("contributions", "contribution hours", ev.contributions, "hours", true);
    f.valued("contributions", "contribution value", ev.contribution_value, ev.contributions.suppressed);
    f.breakdown("avoided", "avoided value by type", ev.avoided_by_type, "pounds", true);
    f.breakdown("avoided", "avoided value by budget holder", ev.avoided_by_budget, "pounds", true);
    f.breakdown("avoided", "avoided value by confidence", ev.avoided_by_confidence, "pounds", true);
    f.breakdown("avoided", "crises avoided by type", ev.avoided_by_type, "crises");
    if (ev.not_uprated.count > 0)
        f.line("avoided", "not uprated (cost at its own prices, left out of the values)", ev.not_uprated, "pounds", true);
    if (ev.suppressing && ev.wellbeing_people > 0 && ev.wellbeing_people < ev.assumptions.min_cell)
        f.add("wellbeing", "people with a first and latest check-in", "", std::nullopt, "people", std::nullopt,
              f.suppressed_note());
    else
        f.add("wellbeing", "people with a first and latest check-in", "", double(ev.wellbeing_people), "people",
              ev.wellbeing_people);
    for (const auto& m : ev.measures) {
        if (m.suppressed) {
            f.add("wellbeing", "mean change", m.measure, std::nullopt, "points", std::nullopt, f.suppressed_note());
            continue;
        }
        if (m.change.n == 0) continue;
        f.add("wellbeing", "mean change", m.measure, m.change.mean, "points", m.change.n,
              m.measure == "anxious" ? "lower is better: a fall is an improvement" : "");
        if (m.change.ci_low) {
            f.add("wellbeing", "95% confidence interval, low", m.measure, *m.change.ci_low, "points", m.change.n);
            f.add("wellbeing", "95% confidence interval, high", m.measure, *m.change.ci_high, "points", m.change.n);
        }
    }
    if (ev.loneliness.total.people > 0) f.breakdown("wellbeing", "loneliness", ev.loneliness, "people");
    bool life_hidden = ev.measures[0].suppressed;
    if (!life_hidden) f.add("wellbeing", "WELLBYs", "", ev.wellbys, "WELLBYs", ev.measures[0].change.n);
    f.valued("wellbeing", "wellbeing value", ev.wellbeing_value, life_hidden);
    for (int i = 0; i < 3; ++i) {
        const auto& r = ev.scenarios[i];
        f.add("social return", "gross value", scenario_names[i], r.gross, "pounds", std::nullopt);
        f.add("social return", "net value in the first year", scenario_names[i], r.net_first_year, "pounds", std::nullopt);
        f.add("social return", "present value", scenario_names[i], r.present_value, "pounds", std::nullopt);
    }
    f.add("social return", "programme cost", "", ev.cost.value, "pounds", std::nullopt,
          ev.cost.method == "programme"
              ? "the programme's cost a year, for the period's days"
              : fmt::format("{} coordinator{}, for the period's days", ev.cost.coordinators,
                            ev.cost.coordinators == 1 ? "" : "s"));
    if (!ev.left_out.empty())
        f.add("social return", "left out", join(ev.left_out, ", "), std::nullopt, "", std::nullopt,
              fmt::format("about fewer than {} people; see --format json --identify", ev.assumptions.min_cell));
    for (int i = 0; i < 3; ++i) {
        const auto& r = ev.scenarios[i];
        f.add("social return", "value per £1", scenario_names[i],
              r.per_pound ? std::optional<double>(*r.per_pound) : std::nullopt, "pounds", std::nullopt,
              r.per_pound ? "" : "no cost in the period");
    }
    for (const auto& t : ev.reflections) {
        f.add("co-production", "mean score", t.reflection.team, t.mean, "score", std::nullopt, to_iso(t.reflection.on));
        if (t.mean_change) f.add("co-production", "change in mean score", t.reflection.team, *t.mean_change, "score",
                                 std::nullopt, to_iso(t.reflection.on));
    }
    return f.t;
}

namespace {

// A figure's value as read: pounds for money, two places at most for the rest.
std::string shown(const std::vector<Cell>& row) {
    const Cell& value = row[3];
    if (value.kind == Cell::Kind::null) return row[6].text.rfind("suppressed", 0) == 0 ? "suppressed" : "none";
    return row[4].text == "pounds" ? pounds(std::stod(value.text)) : value.text;
}

// "social return" as a heading: "Social return".
std::string heading(std::string section) {
    if (!section.empty()) section[0] = char(std::toupper(static_cast<unsigned char>(section[0])));
    return section;
}

template <class Section>
void each_section(const Table& t, Section section) {
    std::size_t i = 0;
    while (i < t.rows.size()) {
        std::size_t j = i;
        while (j < t.rows.size() && t.rows[j][0].text == t.rows[i][0].text) ++j;
        section(t.rows[i][0].text, i, j);
        i = j;
    }
}

std::vector<std::string> assumption_lines(const Evaluation& ev) {
    const auto& e = ev.assumptions;
    std::vector<std::string> out;
    auto add = [&](const char* name, const Assumption& a, bool rises) {
        out.push_back(fmt::format("{}: low {:g}, central {:g}, high {:g}{}{}. Source: {}", name, a.low, a.central,
                                  a.high, a.price_year.empty() ? "" : ", at " + a.price_year + " prices",
                                  rises ? "" : " (the low scenario takes the high value: it lowers the value)",
                                  a.source));
    };
    add("WELLBY value (£)", e.wellby_value, true);
    add("Value of an hour given (£)", e.hour_value, true);
    add("Deadweight", e.deadweight, false);
    add("Attribution", e.attribution, false);
    add("Displacement", e.displacement, false);
    add("Years an outcome lasts", e.duration_years, true);
    add("Drop-off a year", e.drop_off, false);
    add("Discount rate", e.discount_rate, false);
    out.push_back(fmt::format("Confidence weights: possible {:g}, likely {:g}, certain {:g}. Source: {}",
                              e.confidence.possible, e.confidence.likely, e.confidence.certain, e.confidence.source));
    out.push_back(fmt::format("Programme cost: {}. Source: {}",
                              ev.cost.method == "programme"
                                  ? fmt::format("{} a year", pounds(ev.cost.per_year))
                                  : fmt::format("{} a coordinator a year", pounds(ev.cost.per_year)),
                              e.cost.source));
    out.push_back(fmt::format("Uprating to {} prices: {}", e.price_year, e.deflator_source));
    return out;
}

}  // namespace

void write_evaluation_text(std::ostream& out, const Evaluation& ev, const Style& style) {
    Table figures = evaluation_figures(ev);
    out << evaluation_title(ev) << "\n" << per_pound_words(ev) << "\n";
    each_section(figures, [&](const std::string& section, std::size_t from, std::size_t to) {
        Table t{{"figure", "key", "value", "people", "note"}};
        for (std::size_t i = from; i < to; ++i) {
            const auto& row = figures.rows[i];
            t.rows.push_back({row[1], row[2], Cell::str(shown(row)), row[5], row[6]});
        }
        out << "\n" << (style.color ? "\x1b[1m" : "") << heading(section) << (style.color ? "\x1b[0m" : "") << "\n";
        write_table(out, t, style);
    });
    out << "\nAssumptions\n";
    for (const auto& line : assumption_lines(ev)) out << "  " << line << "\n";
}

void write_evaluation_markdown(std::ostream& out, const Evaluation& ev) {
    Table figures = evaluation_figures(ev);
    out << "## " << markdown_escape(evaluation_title(ev)) << "\n\n" << markdown_escape(per_pound_words(ev)) << "\n";
    each_section(figures, [&](const std::string& section, std::size_t from, std::size_t to) {
        out << "\n### " << markdown_escape(heading(section))
            << "\n\n| figure | key | value | people | note |\n| --- | --- | ---: | ---: | --- |\n";
        for (std::size_t i = from; i < to; ++i) {
            const auto& row = figures.rows[i];
            out << "| " << markdown_escape(row[1].text) << " | " << markdown_escape(row[2].text) << " | "
                << markdown_escape(shown(row)) << " | " << row[5].text << " | " << markdown_escape(row[6].text) << " |\n";
        }
    });
    out << "\n### Assumptions\n\n";
    for (const auto& line : assumption_lines(ev)) out << "- " << markdown_escape(line) << "\n";
}

}  // namespace lac
