// The evaluation page's inline SVG charts: avoided value by budget holder, wellbeing
// before and after, connections month by month. Each is drawn in a 720-unit-wide box that
// scales with the page, with room worked out for its longest label, so nothing is cut off
// or overlaps at any width.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "lac/report/evaluation_html.hpp"
#include "lac/util/text.hpp"

namespace lac::evaluation_html {
namespace {

constexpr int width = 720;
const char* const muted = "#50575e";

// About how wide a text is drawn in the system font at `size` pixels (wide enough for digits
// and most words; a little generous for narrow letters).
double text_width(std::string_view text, double size) { return double(display_width(text)) * size * 0.6; }

std::string open_svg(int height, const std::string& title) {
    return fmt::format("<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\"><title>{}</title>", width, height,
                       esc(title), esc(title));
}

std::string text(double x, double y, std::string_view words, std::string_view attributes = "") {
    return fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\"{}{}>{}</text>", x, y, attributes.empty() ? "" : " ", attributes,
                       esc(words));
}

std::string legend(double x, double y, std::initializer_list<std::pair<const char*, const char*>> keys) {
    std::string svg;
    for (const auto& [colour, label] : keys) {
        svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"12\" height=\"12\" fill=\"{}\"/>", x, y - 10, colour);
        svg += text(x + 17, y, label);
        x += 17 + text_width(label, 12) + 18;
    }
    return svg;
}

// A round step for about `ticks` steps up to `top`: 1, 2, 2.5 or 5 times a power of ten.
double nice_step(double top, int ticks) {
    double raw = std::max(top, 1e-9) / ticks, power = std::pow(10, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * power >= raw) return m * power;
    return 10 * power;
}

// £950, £12k, £1.5m: for an axis.
std::string short_pounds(double amount) {
    if (amount >= 1e6) return fmt::format("£{:g}m", std::round(amount / 1e5) / 10);
    if (amount >= 1e3) return fmt::format("£{:g}k", std::round(amount / 1e2) / 10);
    return fmt::format("£{:g}", amount);
}

std::string note(const std::string& words) { return "<p class=\"note\">" + esc(words) + "</p>"; }

}  // namespace

// Horizontal bars, one per budget holder, largest first, with the value and crises at the
// end of each bar and a value axis under them.
std::string budget_chart(const Evaluation& ev) {
    const auto& lines = ev.avoided_by_budget.lines;
    if (lines.empty()) return note("No crises were recorded as avoided in this period.");
    double top = 0, label_w = text_width("budget holder", 12);
    std::vector<std::string> values;
    for (const auto& l : lines) {
        std::string crises = counted(number(double(l.count)), "crisis", "crises");
        if (l.suppressed)
            values.push_back(withheld(ev, l));
        else if (l.not_uprated == l.count)
            values.push_back("not valued: " + crises + ", no price year to uprate from");
        else
            values.push_back(fmt::format("{} ({}{})", money(l.amount), crises,
                                         l.not_uprated ? fmt::format(", {} not valued", number(double(l.not_uprated))) : ""));
        if (!l.suppressed) top = std::max(top, l.amount);
        label_w = std::max(label_w, text_width(words(l.key), 12));
    }
    label_w = std::min(label_w + 12, 240.0);
    double step = nice_step(top, 4), axis_top = std::max(step, std::ceil(top / step) * step);
    // As long as every bar leaves room after it for its own label, and the axis fits.
    double bars = width - label_w - 10, scale = bars / axis_top;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!lines[i].suppressed && lines[i].amount > 0)
            scale = std::min(scale, (width - label_w - 10 - text_width(values[i], 12)) / lines[i].amount);
    bars = axis_top * scale;
    int rows = int(lines.size()), axis_y = 24 + rows * 30 + 2, height = top > 0 ? axis_y + 44 : axis_y;
    std::string svg = open_svg(height, fmt::format("Avoided value by budget holder, at {} prices",
                                                   ev.assumptions.price_year));
    svg += text(0, 14, "budget holder", fmt::format("style=\"font-weight:600;fill:{}\"", muted));
    for (int i = 0; i < rows; ++i) {
        const auto& l = lines[std::size_t(i)];
        double y = 24 + i * 30, w = l.suppressed ? 0 : l.amount * scale;
        svg += text(0, y + 15, words(l.key));
        if (!l.suppressed)
            svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"20\" fill=\"#00a32a\"/>",
                               label_w, y + 1, w);
        svg += text(label_w + w + 6, y + 15, values[std::size_t(i)], l.suppressed ? "style=\"font-style:italic\"" : "");
    }
    if (top <= 0) return svg + "</svg>";  // nothing valued to draw an axis for
    svg += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{2:.1f}\" y2=\"{1}\" stroke=\"#8c8f94\"/>", label_w, axis_y,
                       label_w + bars);
    for (double v = 0; v <= axis_top + step / 2; v += step) {
        double x = label_w + v * scale;
        svg += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#8c8f94\"/>", x, axis_y,
                           axis_y + 5);
        svg += text(x, axis_y + 18, short_pounds(v), "text-anchor=\"middle\" style=\"font-size:11px\"");
    }
    svg += text(label_w, axis_y + 38,
                fmt::format("value avoided, £ at {} prices, weighted by confidence", ev.assumptions.price_year),
                fmt::format("style=\"fill:{}\"", muted));
    return svg + "</svg>";
}

// For each ONS measure, the mean at people's first check-in beside the mean at their latest,
// on the 0 to 10 scale, with the change, its 95% confidence interval and the people under it.
std::string wellbeing_chart(const Evaluation& ev) {
    if (ev.wellbeing_people == 0)
        return note(fmt::format("No one had a first and a latest wellbeing check-in at least {} weeks apart by the "
                                "end of this period, so there is no change to show.",
                                ev.assumptions.wellbeing_min_weeks));
    const double left = 56, top = 40, plot = 200, bottom = top + plot, slot = (width - left) / 4;
    const char *before = "#9ec2e6", *after = "#135e96";
    std::string svg = open_svg(int(bottom) + 96, "Wellbeing before and after: mean ONS scores at the first and the "
                                                 "latest check-in");
    svg += legend(left, 16, {{before, "first check-in"}, {after, "latest check-in"}});
    for (int v = 0; v <= 10; v += 2) {
        double y = bottom - v * plot / 10;
        svg += fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"{}\"/>", left, y, width, y,
                           v == 0 ? "#8c8f94" : "#e0e0e0");
        svg += text(left - 6, y + 4, std::to_string(v), "text-anchor=\"end\" style=\"font-size:11px\"");
    }
    svg += text(0, 0, "mean score, 0 to 10",
                fmt::format("transform=\"translate(14 {:.1f}) rotate(-90)\" text-anchor=\"middle\" style=\"fill:{}\"",
                            top + plot / 2, muted));
    for (int i = 0; i < int(ev.measures.size()) && i < 4; ++i) {
        const auto& m = ev.measures[std::size_t(i)];
        double mid = left + slot * (i + 0.5);
        std::vector<std::string> under{measure_title(m.measure), m.measure == "anxious" ? "lower is better"
                                                                                       : "higher is better"};
        if (m.suppressed) {
            svg += text(mid, top + plot / 2, "fewer than " + std::to_string(ev.assumptions.min_cell) + " people",
                        "text-anchor=\"middle\" style=\"font-style:italic\"");
            under.push_back("not shown");
        } else if (m.change.n == 0) {
            svg += text(mid, top + plot / 2, "no answers", "text-anchor=\"middle\" style=\"font-style:italic\"");
        } else {
            for (auto [x, value, colour] : {std::tuple{mid - 46, m.first_mean, before}, std::tuple{mid + 2, m.latest_mean, after}}) {
                double h = value * plot / 10;
                svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"44\" height=\"{:.1f}\" fill=\"{}\"/>", x,
                                   bottom - h, h, colour);
                svg += text(x + 22, bottom - h - 5, fmt::format("{:.1f}", value), "text-anchor=\"middle\"");
            }
            under.push_back("change " + signed_number(m.change.mean));
            under.push_back(m.change.ci_low ? fmt::format("95% CI {} to {}", signed_number(*m.change.ci_low),
                                                          signed_number(*m.change.ci_high))
                                            : "one person: no interval");
            under.push_back(counted(number(m.change.n), "person", "people"));
        }
        for (std::size_t k = 0; k < under.size(); ++k)
            svg += text(mid, bottom + 18 + 16 * double(k), under[k],
                        k == 0 ? "text-anchor=\"middle\" style=\"font-weight:600\""
                               : fmt::format("text-anchor=\"middle\" style=\"font-size:11px;fill:{}\"",
                                             k == 1 ? muted : "#1d2327"));
    }
    return svg + "</svg>";
}

// Columns month by month: connections made beside those that reached 'sustained', each with
// its number above it (turned upright when the columns are too narrow for it to lie flat).
std::string connections_chart(const Evaluation& ev) {
    const auto& made = ev.connections_made_monthly.lines;
    const auto& sustained = ev.connections_sustained_monthly.lines;
    auto drawn = [](const Line& l) { return l.suppressed || l.count > 0; };
    if (made.size() != sustained.size() || (std::none_of(made.begin(), made.end(), drawn) &&
                                            std::none_of(sustained.begin(), sustained.end(), drawn)))
        return note("No connections were made or became sustained in this period.");
    const double left = 56, top = 40, plot = 220, bottom = top + plot;
    const int n = int(made.size());
    const double slot = (width - left - 4) / n, bar = std::min(22.0, slot * 0.4);
    double most = 0;
    for (const auto* lines : {&made, &sustained})
        for (const auto& l : *lines)
            if (!l.suppressed) most = std::max(most, double(l.count));
    // Room above the tallest column for its number, upright if need be.
    double step = nice_step(std::max(most * 1.1, 4.0), 5), axis_top = std::max(step, std::ceil(most * 1.1 / step) * step);
    double scale = plot / axis_top;
    const char *made_colour = "#8c5fc7", *sustained_colour = "#00a32a";
    std::string svg = open_svg(int(bottom) + 62, "Connections made and sustained, month by month");
    svg += legend(left, 16, {{made_colour, "connections made"}, {sustained_colour, "reached sustained"}});
    for (double v = 0; v <= axis_top + step / 2; v += step) {
        double y = bottom - v * scale;
        svg += fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"{}\"/>", left, y, width, y,
                           v == 0 ? "#8c8f94" : "#e0e0e0");
        svg += text(left - 6, y + 4, fmt::format("{:g}", v), "text-anchor=\"end\" style=\"font-size:11px\"");
    }
    svg += text(0, 0, "connections",
                fmt::format("transform=\"translate(14 {:.1f}) rotate(-90)\" text-anchor=\"middle\" style=\"fill:{}\"",
                            top + plot / 2, muted));
    static const char* const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const char* const long_months[] = {"January", "February", "March",     "April",   "May",      "June",
                                              "July",    "August",   "September", "October", "November", "December"};
    int every = std::max(1, int(std::ceil(30 / slot)));  // a month's name every 30 units at least
    std::string year;
    for (int i = 0; i < n; ++i) {
        double mid = left + 2 + slot * (i + 0.5);
        for (auto [l, x, colour] : {std::tuple{&made[std::size_t(i)], mid - bar - 1, made_colour},
                                    std::tuple{&sustained[std::size_t(i)], mid + 1, sustained_colour}}) {
            double centre = x + bar / 2;
            if (l->suppressed) {
                svg += text(0, 0, withheld(ev, *l),
                            fmt::format("transform=\"translate({:.1f} {:.1f}) rotate(-90)\" style=\"font-size:10px;"
                                        "font-style:italic\"", centre + 3.5, bottom - 4));
                continue;
            }
            double h = l->count * scale;
            svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\"><title>"
                               "{} {}: {} {}</title></rect>", x, bottom - h, bar, h, colour,
                               long_months[std::stoi(l->key.substr(5, 2)) - 1], l->key.substr(0, 4), l->count,
                               l == &made[std::size_t(i)] ? "connections made" : "reached sustained");
            std::string figure = std::to_string(l->count);
            if (text_width(figure, 10) <= bar + 2)
                svg += text(centre, bottom - h - 4, figure, "text-anchor=\"middle\" style=\"font-size:10px\"");
            else
                svg += text(0, 0, figure, fmt::format("transform=\"translate({:.1f} {:.1f}) rotate(-90)\" "
                                                      "style=\"font-size:10px\"", centre + 3.5, bottom - h - 4));
        }
        const std::string& month = made[std::size_t(i)].key;
        if (i % every != 0) continue;
        svg += text(mid, bottom + 16, month_names[std::stoi(month.substr(5, 2)) - 1],
                    "text-anchor=\"middle\" style=\"font-size:11px\"");
        if (month.substr(0, 4) != year)  // under the first month shown of each year
            svg += text(mid, bottom + 30, year = month.substr(0, 4), "text-anchor=\"middle\" style=\"font-size:11px\"");
    }
    svg += text(left, bottom + 52, "month (connections counted in the month they were made or became sustained)",
                fmt::format("style=\"fill:{}\"", muted));
    return svg + "</svg>";
}

}  // namespace lac::evaluation_html
