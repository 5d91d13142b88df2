#include "lac/util/ref.hpp"

#include <fmt/format.h>

#include "lac/util/errors.hpp"

namespace lac {

std::string make_ref(char letter, int64_t id) {
    std::string ref(1, letter);
    ref += std::to_string(id);
    return ref;
}

std::optional<int64_t> parse_ref(std::string_view text, char letter) {
    if (!text.empty() && (text[0] == letter || text[0] == letter + ('a' - 'A'))) text.remove_prefix(1);
    if (text.empty() || text.size() > 15) return std::nullopt;
    int64_t id = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        id = id * 10 + (c - '0');
    }
    if (id <= 0) return std::nullopt;
    return id;
}

int64_t require_ref(std::string_view text, char letter, std::string_view what) {
    if (auto id = parse_ref(text, letter)) return *id;
    throw DataError(fmt::format("'{}' is not a {} reference; use {}N, such as {}12", text, what,
                                letter, letter));
}

}  // namespace lac
