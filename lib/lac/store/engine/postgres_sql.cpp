#include "lac/store/engine/postgres_sql.hpp"

#include <fmt/format.h>

#include "lac/util/errors.hpp"

namespace lac::store {
namespace {

constexpr int max_parameter = 32766;  // SQLite's default limit; PostgreSQL takes 65,535

bool ident_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
           static_cast<unsigned char>(c) >= 0x80;
}
bool digit(char c) { return c >= '0' && c <= '9'; }

[[noreturn]] void unclosed(std::string_view what, std::string_view sql) {
    throw Error(ExitCode::software, fmt::format("a query of lac has {} that is never closed: {}", what, sql));
}

// Where the quoted text that starts at `i` (at its opening quote) ends: just past its
// closing quote. A doubled quote stands for itself; with `backslashes` (E'…') so does \x.
size_t skip_quoted(std::string_view sql, size_t i, char quote, bool backslashes) {
    for (size_t j = i + 1; j < sql.size(); ++j) {
        if (backslashes && sql[j] == '\\') {
            ++j;
        } else if (sql[j] == quote) {
            if (j + 1 < sql.size() && sql[j + 1] == quote) {
                ++j;
            } else {
                return j + 1;
            }
        }
    }
    unclosed(quote == '"' ? "a quoted identifier" : "a string literal", sql);
}

size_t skip_block_comment(std::string_view sql, size_t i) {
    int depth = 0;
    for (size_t j = i; j + 1 < sql.size(); ++j) {
        if (sql[j] == '/' && sql[j + 1] == '*') {
            ++depth;
            ++j;
        } else if (sql[j] == '*' && sql[j + 1] == '/') {
            ++j;
            if (--depth == 0) return j + 1;
        }
    }
    unclosed("a comment", sql);
}

// A dollar quote's opening tag at `i` ($$ or $tag$), or 0 if `i` starts none ($1 is a
// parameter, and a $ inside a name is part of the name).
size_t dollar_tag_length(std::string_view sql, size_t i) {
    if (i > 0 && ident_char(sql[i - 1])) return 0;
    size_t j = i + 1;
    if (j < sql.size() && digit(sql[j])) return 0;
    while (j < sql.size() && sql[j] != '$' && ident_char(sql[j])) ++j;
    return j < sql.size() && sql[j] == '$' ? j - i + 1 : 0;
}

}  // namespace

PgSql pg_placeholders(std::string_view sql) {
    PgSql out;
    out.text.reserve(sql.size() + 8);
    size_t i = 0;
    auto copy_to = [&](size_t end) {
        out.text.append(sql.substr(i, end - i));
        i = end;
    };
    while (i < sql.size()) {
        char c = sql[i];
        char next = i + 1 < sql.size() ? sql[i + 1] : '\0';
        if (c == '\'') {
            bool escapes = i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') && (i < 2 || !ident_char(sql[i - 2]));
            copy_to(skip_quoted(sql, i, '\'', escapes));
        } else if (c == '"') {
            copy_to(skip_quoted(sql, i, '"', false));
        } else if (c == '-' && next == '-') {
            size_t end = sql.find('\n', i);
            copy_to(end == std::string_view::npos ? sql.size() : end);
        } else if (c == '/' && next == '*') {
            copy_to(skip_block_comment(sql, i));
        } else if (c == '$' && dollar_tag_length(sql, i) > 0) {
            std::string_view tag = sql.substr(i, dollar_tag_length(sql, i));
            size_t close = sql.find(tag, i + tag.size());
            if (close == std::string_view::npos) unclosed("a dollar-quoted body", sql);
            copy_to(close + tag.size());
        } else if (c == '?') {
            size_t j = i + 1;
            int index = 0;
            while (j < sql.size() && digit(sql[j]) && index <= max_parameter) index = index * 10 + (sql[j++] - '0');
            if (j == i + 1) {
                index = out.parameters + 1;
            } else if (index < 1 || index > max_parameter) {
                throw Error(ExitCode::software,
                            fmt::format("a query of lac has the placeholder {}, outside 1 to {}: {}",
                                        sql.substr(i, j - i), max_parameter, sql));
            }
            out.text += fmt::format("${}", index);
            out.parameters = std::max(out.parameters, index);
            if (out.used.size() < size_t(index)) out.used.resize(size_t(index), false);
            out.used[size_t(index) - 1] = true;
            i = j;
        } else {
            out.text += c;
            ++i;
        }
    }
    return out;
}

}  // namespace lac::store
