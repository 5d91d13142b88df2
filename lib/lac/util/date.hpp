#pragma once
// Calendar dates as whole days, and the ways people write them on the command line.
#include <compare>
#include <string>
#include <string_view>

namespace lac {

struct Date {
    int days = 0;  // days since 1970-01-01
    auto operator<=>(const Date&) const = default;
    Date operator+(int n) const { return Date{days + n}; }
    Date operator-(int n) const { return Date{days - n}; }
    int operator-(Date other) const { return days - other.days; }
};

struct IsoWeek {
    int year = 0;
    int week = 0;  // 1..53
};

// Builds a date from its parts; throws DataError naming `what` if there is no such day.
Date make_date(int year, int month, int day);

// Parses strict YYYY-MM-DD; throws DataError for a malformed or impossible date.
Date parse_iso_date(std::string_view text);

// Parses what a person types for a day that has come: YYYY-MM-DD, today, yesterday, a
// weekday name (the most recent such day, today included), or -Nd (N days before today).
// A later day written as parse_future_date reads it (+2w, tomorrow) is refused as such.
Date parse_date(std::string_view text, Date today);

// Parses what a person types for a day still to come, today included: YYYY-MM-DD (not
// before today), today, tomorrow, or +N and a unit: +Nd (N days), +Nw (N weeks), +Nm (the
// same day of the month N months on, or that month's last day when it is shorter: 31
// January +1m is 28 or 29 February); N has one to three digits. A day gone is refused.
Date parse_future_date(std::string_view text, Date today);

// Parses HH:MM (24-hour clock); throws DataError otherwise.
std::string parse_time(std::string_view text);

std::string to_iso(Date date);
int year_of(Date date);
// The same day `years` years earlier; 29 February becomes 28 February in a common year.
Date years_before(Date date, int years);
int weekday(Date date);  // 1 = Monday … 7 = Sunday (ISO 8601)

IsoWeek iso_week(Date date);
std::string to_string(IsoWeek week);     // 2026-W47
IsoWeek parse_iso_week(std::string_view text);
Date monday_of(IsoWeek week);

// The local calendar date now (honours TZ), or $LAC_TODAY when it is set, so that a
// report can be reproduced as of a given day.
Date today_local();

// The day and the time of day now: the local clock's, or $LAC_TODAY's, which is
// YYYY-MM-DD (the time then unknown: empty) or YYYY-MM-DDTHH:MM.
struct Now {
    Date day;
    std::string time;  // HH:MM, or empty when not known
};
Now now_local();

}  // namespace lac
