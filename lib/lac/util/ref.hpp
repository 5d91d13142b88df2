#pragma once
// References: a letter and a number (P12, C40), never reused.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lac {

// The letter of each kind of record's reference. They are part of what users type and
// what extracts hold, so they never change.
namespace ref {
inline constexpr char person = 'P';
inline constexpr char conversation = 'C';
inline constexpr char goal = 'G';
inline constexpr char asset = 'A';
inline constexpr char connection = 'K';
inline constexpr char contribution = 'T';
inline constexpr char avoided = 'X';
inline constexpr char wellbeing = 'W';
inline constexpr char reflection = 'R';
}  // namespace ref

std::string make_ref(char letter, int64_t id);
// "P12", "p12" or "12" → 12 for letter 'P'; nullopt when the text is not such a reference.
std::optional<int64_t> parse_ref(std::string_view text, char letter);
// Like parse_ref, but throws DataError naming `what` (e.g. "goal") when it does not parse.
int64_t require_ref(std::string_view text, char letter, std::string_view what);

}  // namespace lac
