#pragma once
// Checks for values from outside (arguments, CSV cells): each returns the clean value or
// throws DataError saying what is wrong and how to mend it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lac/util/date.hpp"

namespace lac {

// One of `allowed` (case-insensitive); the error lists them and suggests the nearest.
std::string check_word(std::string_view value, const std::vector<std::string>& allowed,
                       std::string_view what);
// Valid UTF-8, no control characters, at most `max_bytes`; trimmed. Empty is allowed.
std::string check_text(std::string_view value, std::string_view what, std::size_t max_bytes,
                       bool multiline = false);
// Like check_text, but must not be empty.
std::string check_name(std::string_view value, std::string_view what);
// A coordinator handle: lower-case letters, digits, '.', '_' or '-', up to 32.
std::string check_handle(std::string_view value);
// A whole number in [low, high].
int check_int(std::string_view value, std::string_view what, int low, int high);
// A positive decimal number (such as 2 or 1.5) no greater than `high`.
double check_amount(std::string_view value, std::string_view what, double high);
void check_not_future(Date day, Date today, std::string_view what);
// A time of day (HH:MM) on `day` that has come: on today, not later than `now` (HH:MM),
// unless the time now is not known (empty).
void check_time_not_future(Date day, std::string_view time, Date today, std::string_view now, std::string_view what);
// --from and --to, when both are given, in that order.
void check_period(std::optional<Date> from, std::optional<Date> to);

// How an entity's field check names a field in its errors. A command names it by what it
// means ("the person's name"); the importer by its column ("the name"), since its errors
// already say the line, and the column is what to mend.
enum class Naming { described, column };
inline std::string_view named(Naming naming, std::string_view described, std::string_view column) {
    return naming == Naming::described ? described : column;
}

extern const std::vector<std::string> supports;       // walking-alongside, introduction
extern const std::vector<std::string> close_reasons;  // goals-met, moved, …
extern const std::vector<std::string> person_statuses;
extern const std::vector<std::string> goal_statuses;        // active, achieved, changed, let-go
extern const std::vector<std::string> connection_statuses;  // introduced, engaged, sustained, ended
extern const std::vector<std::string> confidences;          // possible, likely, certain

}  // namespace lac
