#pragma once
// Small text utilities that know nothing of the domain.
#include <string>
#include <string_view>
#include <vector>

namespace lac {

std::string ascii_lower(std::string_view text);
std::string trim(std::string_view text);

// A key for case-insensitive comparison of names: ASCII and the Latin-1 and Latin
// Extended-A letters are lowered (É → é, Ł → ł), runs of white space become one space.
std::string fold_name(std::string_view text);
// The same, with the place in `text` each byte of the folded text came from (`from`, one
// entry a byte): to show, in the text as written, where a folded key was found.
struct FoldedText {
    std::string text;
    std::vector<std::size_t> from;
};
FoldedText fold_mapped(std::string_view text);

// The least text above every text that starts with `start`, in byte order (which is UTF-8's
// order of code points): `start` with its last character raised to the next, itself valid
// UTF-8; for "" (or U+10FFFF alone), U+10FFFF, a noncharacter that begins no name. So
// [start, after_every_start(start)) is a range on an index of texts that start so.
std::string after_every_start(std::string_view start);

bool is_valid_utf8(std::string_view text);
// Where the first byte that does not begin valid UTF-8 is, or npos when the text is valid.
std::size_t first_invalid_utf8(std::string_view text);
// True if the text holds a control character other than tab and newline.
bool has_control_chars(std::string_view text, bool allow_newlines);

// Levenshtein distance, for "did you mean".
std::size_t edit_distance(std::string_view a, std::string_view b);
// The closest candidate, or "" when none is close. Case, spaces and punctuation are set aside
// ("Birth Year" is birth_year). First a slip of about one letter in three, at most two in a
// name of several words ("Nmae" finds name, "fone" phone, but "Date" not name); else the one
// candidate that shares the most words of three letters or more ("Opened" and "Date opened"
// find opened_on, "Full name" name; "Person name" nothing, between person and name).
std::string closest(std::string_view word, const std::vector<std::string>& candidates);
// " (did you mean 'log'?)" for the closest candidate, or "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

std::string join(const std::vector<std::string>& parts, std::string_view separator);

// The text on one line (line breaks and tabs become spaces), cut with "…" to at most
// `widest` columns: for a cell or a note in a terminal.
std::string one_line(std::string_view text, std::size_t widest);

// A count and its noun: "1 coordinator", "2 coordinators".
std::string counted(long long n, std::string_view one, std::string_view many);
// The same for an amount as it is shown, such as "1.5": "1.5 weeks", "1 week".
std::string counted(std::string_view amount, std::string_view one, std::string_view many);

// Pounds with thousands separators and pence: £13,988.00.
std::string pounds(double amount);
// Text for HTML: &, <, >, " and ' as entities.
std::string html_text(std::string_view text);

// Number of terminal columns the UTF-8 text takes (code points; good enough for names).
std::size_t display_width(std::string_view text);

}  // namespace lac
