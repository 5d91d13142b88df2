#pragma once
// A rows-and-columns result, rendered as an aligned table, RFC 4180 CSV, or JSON.
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace lac {

struct Cell {
    enum class Kind { text, number, null, boolean };
    Kind kind = Kind::null;
    std::string text;  // as shown in a table or CSV; JSON uses the kind

    static Cell str(std::string s) { return {Kind::text, std::move(s)}; }
    static Cell num(int64_t n) { return {Kind::number, std::to_string(n)}; }
    static Cell num(int n) { return num(int64_t(n)); }
    static Cell num(double x);
    static Cell null() { return {}; }
    static Cell flag(bool b) { return {Kind::boolean, b ? "true" : "false"}; }
    template <class T>
    static Cell maybe(const std::optional<T>& v) { return v ? num(*v) : null(); }
};

struct Table {
    std::vector<std::string> columns;
    std::vector<std::vector<Cell>> rows;
};

enum class Format { table, csv, json, md, html };
// Parses --format; throws UsageError if it is not one of `allowed`.
Format parse_format(std::string_view text, const std::vector<Format>& allowed);
std::string_view format_name(Format format);

struct Style {
    bool color = false;  // ANSI bold headings
};

// Rows of cells as lines, each column as wide as its widest cell and two spaces from the
// next, with no spaces at the end of a line.
std::vector<std::string> align_columns(const std::vector<std::vector<std::string>>& rows);
void write_table(std::ostream& out, const Table& table, const Style& style);
void write_csv(std::ostream& out, const Table& table);
// A JSON array of objects, one per row, keyed by column.
void write_json(std::ostream& out, const Table& table);
// A Markdown table (GitHub's pipes), each cell on one line with Markdown's characters escaped.
void write_markdown(std::ostream& out, const Table& table);
void render(std::ostream& out, const Table& table, Format format, const Style& style);
// Markdown's characters in `text` escaped (| \\ * _ `), to stand as itself in a document.
std::string markdown_escape(std::string_view text);

// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF.
std::string csv_field(std::string_view text);

// Against CSV formula injection (OWASP's advice): a spreadsheet takes a cell that begins
// with =, +, -, @, tab or carriage return for a formula, so a text cell written to CSV
// that begins so gets a ' in front. A cell that already begins with one or more ' and
// then such a character gets one more, so that unguard_formula, which takes exactly one
// ' off such a cell, gives back the text as it was: an identified round trip is exact.
std::string guard_formula(std::string_view text);
std::string unguard_formula(std::string_view text);
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

nlohmann::ordered_json to_json(const Cell& cell);

}  // namespace lac
