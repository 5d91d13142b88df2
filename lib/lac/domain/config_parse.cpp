#include "lac/domain/config_parse.hpp"

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "lac/util/errors.hpp"

namespace lac {
namespace {

// What toml++ is not given, found outside strings and comments: the deepest nesting of
// lists and inline tables (toml++ parses them by recursion, and a file nested thousands
// deep would overflow the stack), and the first line with a byte that is not ASCII (TOML
// allows one only in a string or a comment; toml++ would say so less plainly). toml++'s
// undefined behaviour on some characters that are not ASCII is mended in lac/util/toml.hpp,
// not here: it is reached inside strings too.
struct Unparsed {
    int deepest = 0;
    int non_ascii_line = 0;  // 0: none
};

Unparsed scan(std::string_view text) {
    Unparsed out;
    int depth = 0, line = 1;
    auto count_lines = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j < to && j < text.size(); ++j) line += text[j] == '\n';
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n') {
            ++line;
        } else if (c == '#') {
            i = text.find('\n', i);
            if (i == std::string_view::npos) break;
            ++line;
        } else if (c == '"' || c == '\'') {
            bool triple = text.substr(i, 3) == std::string(3, c);
            std::string_view close = triple ? text.substr(i, 3) : text.substr(i, 1);
            std::size_t start = i;
            for (i += close.size(); i < text.size() && text.substr(i, close.size()) != close; ++i)
                if (c == '"' && text[i] == '\\') ++i;  // an escape in a basic string
            count_lines(start, i);
            i += close.size() - 1;
        } else if (c == '[' || c == '{') {
            out.deepest = std::max(out.deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        } else if ((static_cast<unsigned char>(c) & 0x80) && out.non_ascii_line == 0) {
            out.non_ascii_line = line;
        }
    }
    return out;
}

}  // namespace

toml::table parse_config_text(std::string_view text, const std::string& file) {
    constexpr int deepest_allowed = 32;  // far more than any lac setting needs (2)
    Unparsed unparsed = scan(text);
    if (unparsed.deepest > deepest_allowed)
        throw ConfigError(fmt::format("{}: lists or tables are nested more than {} deep; lac's settings need 2",
                                      file, deepest_allowed));
    if (unparsed.non_ascii_line > 0)
        throw ConfigError(fmt::format("{}:{}: a character that is not ASCII outside quotes; TOML allows one "
                                      "only in a quoted string or a comment",
                                      file, unparsed.non_ascii_line));
    try {
        return toml::parse(text, file);
    } catch (const toml::parse_error& e) {
        throw ConfigError(fmt::format("{}:{}: {}", file, e.source().begin.line, e.description()));
    }
}

}  // namespace lac
