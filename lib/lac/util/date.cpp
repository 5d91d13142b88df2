#include "lac/util/date.hpp"

#include <chrono>
#include <cstdlib>
#include <ctime>

#include <fmt/format.h>

#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

using namespace std::chrono;

const char* const weekday_names[] = {"monday", "tuesday", "wednesday", "thursday",
                                     "friday", "saturday", "sunday"};

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int to_int(std::string_view s) {
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
}

DataError bad_date(std::string_view text) {
    return DataError(fmt::format(
        "'{}' is not a date; use YYYY-MM-DD, today, yesterday, a weekday name or -Nd", text));
}

// +N and a unit (d, w or m), N of one to three digits, as parse_future_date reads it; the
// unit, or 0 when `word` (lower case) is not so written.
char relative_unit(std::string_view word, int& n) {
    if (word.size() < 3 || word.size() > 5 || word[0] != '+') return 0;
    char unit = word.back();
    if (unit != 'd' && unit != 'w' && unit != 'm') return 0;
    auto digits = word.substr(1, word.size() - 2);
    if (!all_digits(digits)) return 0;
    n = to_int(digits);
    return unit;
}

bool iso_shaped(std::string_view text) {
    return text.size() == 10 && text[4] == '-' && text[7] == '-' && all_digits(text.substr(0, 4)) &&
           all_digits(text.substr(5, 2)) && all_digits(text.substr(8, 2));
}

}  // namespace

Date make_date(int year, int month, int day) {
    year_month_day ymd{std::chrono::year{year}, std::chrono::month{unsigned(month)},
                       std::chrono::day{unsigned(day)}};
    if (year < 1900 || year > 9999 || !ymd.ok())
        throw DataError(fmt::format("{:04}-{:02}-{:02} is not a day in the calendar; check the day and the month",
                                    year, month, day));
    return Date{int(sys_days{ymd}.time_since_epoch().count())};
}

Date parse_iso_date(std::string_view text) {
    if (!iso_shaped(text)) throw DataError(fmt::format("'{}' is not a date in the form YYYY-MM-DD", text));
    return make_date(to_int(text.substr(0, 4)), to_int(text.substr(5, 2)),
                     to_int(text.substr(8, 2)));
}

Date parse_date(std::string_view text, Date today) {
    std::string word = ascii_lower(text);
    if (word == "today") return today;
    if (word == "yesterday") return today - 1;
    if (word.size() >= 3 && word[0] == '-' && word.back() == 'd' &&
        all_digits(std::string_view(word).substr(1, word.size() - 2))) {
        auto digits = std::string_view(word).substr(1, word.size() - 2);
        if (digits.size() > 5) throw bad_date(text);
        return today - to_int(digits);
    }
    for (int i = 0; i < 7; ++i) {
        std::string_view name = weekday_names[i];
        if (word == name || (word.size() == 3 && name.substr(0, 3) == word)) {
            int back = (weekday(today) - (i + 1) + 7) % 7;
            return today - back;
        }
    }
    int n = 0;
    if (word == "tomorrow" || relative_unit(word, n))
        throw DataError(fmt::format("'{}' is a day still to come; this takes a day on or before today: "
                                    "YYYY-MM-DD, today, yesterday, a weekday name or -Nd",
                                    text));
    if (!iso_shaped(text)) throw bad_date(text);
    return parse_iso_date(text);
}

Date parse_future_date(std::string_view text, Date today) {
    const char* forms = "YYYY-MM-DD, today, tomorrow, or +N days, weeks or months (+10d, +2w, +1m)";
    std::string word = ascii_lower(text);
    int n = 0;
    Date day = today;
    if (word == "today") {
        day = today;
    } else if (word == "tomorrow") {
        day = today + 1;
    } else if (char unit = relative_unit(word, n); unit == 'd') {
        day = today + n;
    } else if (unit == 'w') {
        day = today + 7 * n;
    } else if (unit == 'm') {
        year_month_day ymd{sys_days{std::chrono::days{today.days}}};
        year_month_day later = ymd + std::chrono::months{n};
        if (!later.ok()) later = year_month_day{later.year() / later.month() / std::chrono::last};
        day = Date{int(sys_days{later}.time_since_epoch().count())};
    } else if (iso_shaped(text)) {
        day = parse_iso_date(text);
    } else {
        // yesterday, -3d and weekday names look back, as parse_date reads them.
        bool looks_back = true;
        try {
            (void)parse_date(text, today);
        } catch (const DataError&) {
            looks_back = false;
        }
        if (looks_back)
            throw DataError(fmt::format("'{}' looks back to a day gone; this takes today or a later day: {}", text,
                                        forms));
        throw DataError(fmt::format("'{}' is not a day to come; use {}", text, forms));
    }
    if (day < today)
        throw DataError(fmt::format("{} is before today ({}); this takes today or a later day: {}", to_iso(day),
                                    to_iso(today), forms));
    return day;
}

std::string parse_time(std::string_view text) {
    if (text.size() == 5 && text[2] == ':' && all_digits(text.substr(0, 2)) &&
        all_digits(text.substr(3, 2)) && to_int(text.substr(0, 2)) < 24 &&
        to_int(text.substr(3, 2)) < 60)
        return std::string(text);
    throw DataError(fmt::format("'{}' is not a time of day; use HH:MM, such as 14:30", text));
}

std::string to_iso(Date date) {
    year_month_day ymd{sys_days{std::chrono::days{date.days}}};
    return fmt::format("{:04}-{:02}-{:02}", int(ymd.year()), unsigned(ymd.month()),
                       unsigned(ymd.day()));
}

int year_of(Date date) {
    return int(year_month_day{sys_days{std::chrono::days{date.days}}}.year());
}

Date years_before(Date date, int years) {
    year_month_day ymd{sys_days{std::chrono::days{date.days}}};
    year_month_day back = ymd - std::chrono::years{years};
    if (!back.ok()) back = year_month_day{back.year() / back.month() / std::chrono::last};
    return Date{int(sys_days{back}.time_since_epoch().count())};
}

int weekday(Date date) {
    return int(std::chrono::weekday{sys_days{std::chrono::days{date.days}}}.iso_encoding());
}

IsoWeek iso_week(Date date) {
    // The ISO week belongs to the year that holds its Thursday.
    Date thursday = date + (4 - weekday(date));
    int year = year_of(thursday);
    Date jan1 = make_date(year, 1, 1);
    return IsoWeek{year, (thursday - jan1) / 7 + 1};
}

std::string to_string(IsoWeek week) { return fmt::format("{:04}-W{:02}", week.year, week.week); }

Date monday_of(IsoWeek week) {
    Date jan4 = make_date(week.year, 1, 4);  // always in week 1
    Date week1_monday = jan4 - (weekday(jan4) - 1);
    return week1_monday + (week.week - 1) * 7;
}

IsoWeek parse_iso_week(std::string_view text) {
    auto bad = [&] {
        return DataError(fmt::format("'{}' is not an ISO week; use YYYY-Www, such as 2026-W47",
                                     text));
    };
    if (text.size() != 8 || text[4] != '-' || (text[5] != 'W' && text[5] != 'w') ||
        !all_digits(text.substr(0, 4)) || !all_digits(text.substr(6, 2)))
        throw bad();
    IsoWeek week{to_int(text.substr(0, 4)), to_int(text.substr(6, 2))};
    if (week.year < 1900 || week.week < 1 || week.week > 53) throw bad();
    // Week 53 exists only in years whose last week holds a Thursday.
    if (iso_week(monday_of(week)).week != week.week)
        throw DataError(fmt::format("'{}' is not an ISO week: {} has 52 weeks; its last is {}-W52", text,
                                    week.year, week.year));
    return week;
}

Date today_local() { return now_local().day; }

Now now_local() {
    if (const char* fixed = std::getenv("LAC_TODAY"); fixed && *fixed) {
        std::string_view text = fixed;
        try {
            if (text.size() == 16 && text[10] == 'T')
                return {parse_iso_date(text.substr(0, 10)), parse_time(text.substr(11))};
            return {parse_iso_date(text), ""};
        } catch (const DataError&) {
            throw ConfigError(fmt::format("LAC_TODAY='{}' is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM", fixed));
        }
    }
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {make_date(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday),
            fmt::format("{:02}:{:02}", local.tm_hour, local.tm_min)};
}

}  // namespace lac
