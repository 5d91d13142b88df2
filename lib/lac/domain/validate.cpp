#include "lac/domain/validate.hpp"

#include <fmt/format.h>

#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"

namespace lac {

const std::vector<std::string> supports = {"walking-alongside", "introduction"};
const std::vector<std::string> close_reasons = {"goals-met", "moved", "declined", "services", "died", "other"};
const std::vector<std::string> person_statuses = {"active", "closed"};
const std::vector<std::string> goal_statuses = {"active", "achieved", "changed", "let-go"};
const std::vector<std::string> connection_statuses = {"introduced", "engaged", "sustained", "ended"};
const std::vector<std::string> confidences = {"possible", "likely", "certain"};

std::string check_word(std::string_view value, const std::vector<std::string>& allowed,
                       std::string_view what) {
    std::string word = ascii_lower(trim(value));
    for (const auto& a : allowed)
        if (ascii_lower(a) == word) return a;
    throw DataError(fmt::format("'{}' is not a {}; use one of: {}{}", value, what, join(allowed, ", "),
                                did_you_mean(word, allowed)));
}

std::string check_text(std::string_view value, std::string_view what, std::size_t max_bytes,
                       bool multiline) {
    if (!is_valid_utf8(value))
        throw DataError(fmt::format("the {} is not valid UTF-8 text; save it as UTF-8", what));
    if (has_control_chars(value, multiline))
        throw DataError(fmt::format("the {} holds a control character{}; remove it", what,
                                    multiline ? "" : " or a line break"));
    std::string clean = trim(value);
    if (clean.size() > max_bytes)
        throw DataError(fmt::format("the {} is too long ({} bytes; at most {})", what, clean.size(), max_bytes));
    return clean;
}

std::string check_name(std::string_view value, std::string_view what) {
    std::string clean = check_text(value, what, 200);
    if (clean.empty()) throw DataError(fmt::format("the {} is empty; give one", what));
    return clean;
}

std::string check_handle(std::string_view value) {
    bool ok = !value.empty() && value.size() <= 32 && value[0] != '-' && value[0] != '.';
    for (char c : value)
        ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-');
    if (!ok)
        throw DataError(fmt::format("'{}' is not a handle; use up to 32 lower-case letters, digits, "
                                    "'.', '_' or '-', such as 'asha' or 'j.smith'", value));
    return std::string(value);
}

int check_int(std::string_view value, std::string_view what, int low, int high) {
    std::string text = trim(value);
    bool negative = !text.empty() && text[0] == '-';
    std::string_view digits = std::string_view(text).substr(negative ? 1 : 0);
    long long n = 0;
    bool ok = !digits.empty() && digits.size() <= 9;
    // At most 9 digits are accumulated, so n never overflows, however long the input.
    for (char c : digits) {
        ok = ok && c >= '0' && c <= '9';
        if (ok) n = n * 10 + (c - '0');
    }
    if (negative) n = -n;
    if (!ok || n < low || n > high)
        throw DataError(fmt::format("{} must be a whole number from {} to {}, not '{}'", what, low, high, value));
    return int(n);
}

double check_amount(std::string_view value, std::string_view what, double high) {
    std::string text = trim(value);
    std::size_t dot = text.find('.');
    bool ok = !text.empty() && text.size() <= 12 && text.front() != '.' && text.back() != '.' &&
              text.find('.', dot == std::string::npos ? dot : dot + 1) == std::string::npos;
    for (char c : text) ok = ok && ((c >= '0' && c <= '9') || c == '.');
    ok = ok && (dot == std::string::npos || text.size() - dot - 1 <= 2);  // to the hundredth
    double amount = ok ? std::stod(text) : 0;
    if (!ok || amount <= 0 || amount > high)
        throw DataError(fmt::format("{} must be a number above 0 and at most {}, to two decimal places, such as 2 or 1.5, not '{}'", what,
                                    high, value));
    return amount;
}

void check_not_future(Date day, Date today, std::string_view what) {
    if (day > today)
        throw DataError(fmt::format("the {} {} is in the future; lac records what has happened", what,
                                    to_iso(day)));
}

void check_time_not_future(Date day, std::string_view time, Date today, std::string_view now, std::string_view what) {
    // HH:MM compares as text as it does as a time.
    if (day == today && !now.empty() && time > now)
        throw DataError(fmt::format("the {} {} today is later than now ({}); lac records what has happened", what,
                                    time, now));
}

void check_period(std::optional<Date> from, std::optional<Date> to) {
    if (from && to && *to < *from)
        throw DataError(fmt::format("the period runs backwards: {} is before {}", to_iso(*to), to_iso(*from)));
}

}  // namespace lac
