#include "lac/util/csv_reader.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "lac/util/text.hpp"

namespace lac {
namespace {

struct Delimiter {
    char c;
    std::vector<std::string_view> names;
    const char* plural;
    const char* argument;
};

const std::vector<Delimiter>& delimiters() {
    static const std::vector<Delimiter> all = {
        {',', {",", "comma"}, "commas", "','"},
        {';', {";", "semicolon"}, "semicolons", "';'"},
        {'\t', {"tab", "\\t", "\t"}, "tabs", "tab"},
        {'|', {"|", "pipe"}, "vertical bars", "'|'"},
    };
    return all;
}

const Delimiter& delimiter(char c) {
    for (const auto& d : delimiters())
        if (d.c == c) return d;
    throw std::logic_error("not a delimiter CsvReader reads");
}

// The text before a byte, to show where it is: at most the last 20 letters of its line.
std::string before(std::string_view field, std::size_t at) {
    std::string_view line = field.substr(0, at);
    if (auto nl = line.rfind('\n'); nl != std::string_view::npos) line.remove_prefix(nl + 1);
    std::size_t start = line.size();
    for (int letters = 0; start > 0 && letters < 20;)
        if ((static_cast<unsigned char>(line[--start]) & 0xC0) != 0x80) ++letters;
    return (start > 0 ? "…" : "") + one_line(line.substr(start), 20);
}

}  // namespace

NotUtf8Error::NotUtf8Error(const std::string& problem, const std::string& encoding)
    : DataError(problem + "; convert the file with iconv -f " + encoding + " -t UTF-8"),
      problem_(problem),
      encoding_(encoding) {}

char delimiter_named(std::string_view name) {
    for (const auto& d : delimiters())
        if (std::find(d.names.begin(), d.names.end(), ascii_lower(name)) != d.names.end()) return d.c;
    throw UsageError(fmt::format("--delimiter '{}' is not one lac reads; use ',' (the default), ';', tab or '|'",
                                 name));
}

std::string delimiter_plural(char c) { return delimiter(c).plural; }
std::string delimiter_argument(char c) { return delimiter(c).argument; }

char other_delimiter(const std::vector<std::string>& header, char used) {
    if (header.size() != 1) return 0;
    char found = 0;
    std::ptrdiff_t most = 0;
    for (const auto& d : delimiters()) {
        auto n = std::count(header[0].begin(), header[0].end(), d.c);
        if (d.c != used && n > most) {
            most = n;
            found = d.c;
        }
    }
    return found;
}

CsvReader::CsvReader(std::istream& in, char delimiter) : in_(in), delimiter_(delimiter) {
    lac::delimiter(delimiter);  // one it reads
    if (in_.rdbuf()->sgetc() == 0xEF) {
        char bom[3];
        in_.read(bom, 3);
        if (std::string(bom, 3) != "\xEF\xBB\xBF") {
            in_.clear();
            in_.seekg(0);
        }
    }
}

// The stream buffer itself: istream::get() builds a sentry for every character.
int CsvReader::get() {
    int c = in_.rdbuf()->sbumpc();
    if (c == '\n') ++line_;
    return c;
}

bool CsvReader::next(std::vector<std::string>& fields) {
    record_line_ = line_;
    int c = get();
    if (c == EOF) return false;
    // The strings of the last record are reused, so that a long file allocates little.
    std::size_t n = 0;
    auto field = [&]() -> std::string& {
        if (n == fields.size()) fields.emplace_back();
        return fields[n];
    };
    field().clear();
    bool quoted = false, was_quoted = false;
    for (;; c = get()) {
        if (quoted) {
            if (c == EOF) throw DataError(fmt::format("line {}: a quoted field is never closed", record_line_));
            if (c == '"') {
                if (in_.rdbuf()->sgetc() == '"') {
                    get();
                    field() += '"';
                } else {
                    quoted = false;
                }
            } else {
                field() += char(c);
            }
            continue;
        }
        if (c == '"' && field().empty() && !was_quoted) {
            quoted = was_quoted = true;
        } else if (c == delimiter_) {
            ++n;
            field().clear();
            was_quoted = false;
        } else if (c == '\r' && in_.rdbuf()->sgetc() == '\n') {
            continue;
        } else if (c == '\n' || c == EOF) {
            fields.resize(n + 1);
            check_utf8(fields);
            return true;
        } else {
            field() += char(c);
        }
    }
}

// A spreadsheet that saves in Windows-1252 writes é as the one byte 0xE9, which UTF-8 never
// has alone; UTF-16 begins with a byte order mark of 0xFF 0xFE or 0xFE 0xFF. A header with
// a control character (a NUL, gzip's 0x1F, ELF's 0x02) is no text at all: converting it
// would not help.
void CsvReader::check_utf8(const std::vector<std::string>& fields) const {
    std::string_view head(fields[0].data(), std::min<std::size_t>(fields[0].size(), 2));
    bool utf16 = head == "\xFF\xFE" || head == "\xFE\xFF";  // its NULs are text, said below
    if (record_line_ == 1 && !utf16)
        for (const auto& field : fields)
            for (unsigned char c : field)
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    throw DataError(fmt::format("line 1: the header holds the byte 0x{:02X}, a control character, so "
                                                "the file is not CSV text (compressed, or a spreadsheet's own "
                                                "format?); save it as CSV and import that",
                                                c));
    for (std::size_t i = 0; i < fields.size(); ++i) {
        std::size_t at = first_invalid_utf8(fields[i]);
        if (at == std::string::npos) continue;
        // The line of the byte itself: a quoted field may run over several.
        long line = record_line_;
        for (std::size_t k = 0; k < i; ++k) line += std::count(fields[k].begin(), fields[k].end(), '\n');
        line += std::count(fields[i].begin(), fields[i].begin() + long(at), '\n');
        unsigned char byte = fields[i][at];
        std::string where = before(fields[i], at);
        std::string problem = fmt::format("line {}: the byte 0x{:02X} {} is not UTF-8", line, byte,
                                          !where.empty() ? "after '" + where + "'"
                                          : at == 0     ? "at the start of a field"
                                                        : "at the start of the line");
        bool bom = utf16 && line == 1 && i == 0 && at == 0;
        throw NotUtf8Error(problem, bom ? "UTF-16" : "WINDOWS-1252");
    }
}

}  // namespace lac
