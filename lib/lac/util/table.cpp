#include "lac/util/table.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"

namespace lac {

Cell Cell::num(double x) {
    // inf and NaN are not numbers to JSON or CSV: they are shown as no value.
    if (!std::isfinite(x)) return null();
    std::string text = fmt::format("{:.2f}", x);
    // Trim trailing zeros so 2.50 → 2.5 and 3.00 → 3.
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return {Kind::number, text};
}

std::string_view format_name(Format format) {
    switch (format) {
        case Format::table: return "table";
        case Format::csv: return "csv";
        case Format::json: return "json";
        case Format::md: return "md";
        case Format::html: return "html";
    }
    return "table";
}

Format parse_format(std::string_view text, const std::vector<Format>& allowed) {
    std::vector<std::string> names;
    for (Format f : allowed) {
        names.emplace_back(format_name(f));
        if (names.back() == text) return f;
    }
    throw UsageError(fmt::format("--format '{}' is not offered here; use one of: {}", text, join(names, ", ")));
}


std::vector<std::string> align_columns(const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> width;
    for (const auto& row : rows) {
        width.resize(std::max(width.size(), row.size()));
        for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], display_width(row[i]));
    }
    std::vector<std::string> lines;
    for (const auto& row : rows) {
        std::string text;
        for (std::size_t i = 0; i < row.size(); ++i) {
            text += row[i];
            if (i + 1 < row.size()) text += std::string(width[i] - display_width(row[i]) + 2, ' ');
        }
        while (!text.empty() && text.back() == ' ') text.pop_back();
        lines.push_back(std::move(text));
    }
    return lines;
}

void write_table(std::ostream& out, const Table& table, const Style& style) {
    std::vector<std::vector<std::string>> rows{table.columns};
    for (const auto& row : table.rows) {
        auto& line = rows.emplace_back();
        for (const auto& cell : row) line.push_back(one_line(cell.text, 60));  // cells stay on one line
    }
    auto lines = align_columns(rows);
    if (style.color) lines.front() = "\033[1m" + lines.front() + "\033[0m";
    for (const auto& line : lines) out << line << '\n';
}

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

namespace {

bool looks_like_formula(std::string_view text) {
    std::size_t first = text.find_first_not_of('\'');
    if (first == std::string_view::npos) return false;
    return std::string_view("=+-@\t\r").find(text[first]) != std::string_view::npos;
}

}  // namespace

std::string guard_formula(std::string_view text) {
    return looks_like_formula(text) ? "'" + std::string(text) : std::string(text);
}

std::string unguard_formula(std::string_view text) {
    if (!text.empty() && text[0] == '\'' && looks_like_formula(text)) text.remove_prefix(1);
    return std::string(text);
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out << ',';
        out << csv_field(fields[i]);
    }
    out << "\r\n";  // RFC 4180 line ends
}

void write_csv(std::ostream& out, const Table& table) {
    write_csv_row(out, table.columns);
    std::vector<std::string> fields;
    for (const auto& row : table.rows) {
        fields.clear();
        for (const auto& cell : row)
            fields.push_back(cell.kind == Cell::Kind::text ? guard_formula(cell.text) : cell.text);
        write_csv_row(out, fields);
    }
}

nlohmann::ordered_json to_json(const Cell& cell) {
    switch (cell.kind) {
        case Cell::Kind::text: return cell.text;
        case Cell::Kind::number:
            if (cell.text.find('.') != std::string::npos) return std::stod(cell.text);
            return std::stoll(cell.text);
        case Cell::Kind::boolean: return cell.text == "true";
        case Cell::Kind::null: return nullptr;
    }
    return nullptr;
}

void write_json(std::ostream& out, const Table& table) {
    auto array = nlohmann::ordered_json::array();
    for (const auto& row : table.rows) {
        auto object = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < row.size(); ++i) object[table.columns[i]] = to_json(row[i]);
        array.push_back(std::move(object));
    }
    out << array.dump(2) << '\n';
}

std::string markdown_escape(std::string_view text) {
    std::string e;
    for (char c : text) {
        if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`') e += '\\';
        e += c;
    }
    return e;
}

void write_markdown(std::ostream& out, const Table& table) {
    auto row = [&](const auto& cells, auto text) {
        out << "|";
        for (const auto& cell : cells) out << " " << markdown_escape(one_line(text(cell), 200)) << " |";
        out << "\n";
    };
    row(table.columns, [](const std::string& s) { return s; });
    out << "|";
    for (std::size_t i = 0; i < table.columns.size(); ++i) out << " --- |";
    out << "\n";
    for (const auto& cells : table.rows) row(cells, [](const Cell& c) { return c.text; });
}

void render(std::ostream& out, const Table& table, Format format, const Style& style) {
    switch (format) {
        case Format::csv: return write_csv(out, table);
        case Format::json: return write_json(out, table);
        default: return write_table(out, table, style);
    }
}

}  // namespace lac
