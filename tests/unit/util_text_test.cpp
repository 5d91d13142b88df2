#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "lac/util/text.hpp"

TEST_CASE("names fold for case-insensitive lookup, beyond ASCII") {
    CHECK(lac::fold_name("Mary O'Brien") == "mary o'brien");
    CHECK(lac::fold_name("ZOË ÅNGSTRÖM") == "zoe angstrom");
    CHECK(lac::fold_name("Łukasz Żak") == "lukasz zak");
    CHECK(lac::fold_name("Seán Ó Briain") == "sean o briain");
    CHECK(lac::fold_name("Straße Æsir Œuvre") == "strasse aesir oeuvre");
    CHECK(lac::fold_name("Siân") == lac::fold_name("SIAN"));
    CHECK(lac::fold_name("  Ann   Lee ") == "ann lee");
}

TEST_CASE("UTF-8 and control characters are checked") {
    CHECK(lac::is_valid_utf8("Zoë"));
    CHECK_FALSE(lac::is_valid_utf8("Zo\xEB"));           // Latin-1, not UTF-8
    CHECK_FALSE(lac::is_valid_utf8("\xC0\xAF"));         // overlong
    CHECK_FALSE(lac::is_valid_utf8("\xED\xA0\x80"));     // a surrogate
    CHECK(lac::has_control_chars("a\x1b[31m", false));
    CHECK_FALSE(lac::has_control_chars("two\nlines", true));
    CHECK(lac::has_control_chars("two\nlines", false));
}

TEST_CASE("the least text above every text that starts so: its last character raised, still UTF-8") {
    CHECK(lac::after_every_start("tom r") == "tom s");
    CHECK(lac::after_every_start("zo\xC3\xA9") == "zo\xC3\xAA");          // é → ê
    CHECK(lac::after_every_start("a\xC2\xBF") == "a\xC3\x80");            // ¿ → À: not a byte 0xC0
    CHECK(lac::after_every_start("\x7F") == "\xC2\x80");                   // past ASCII
    CHECK(lac::after_every_start("\xED\x9F\xBF") == "\xEE\x80\x80");      // U+D7FF → U+E000, past surrogates
    CHECK(lac::after_every_start("a\xF4\x8F\xBF\xBF") == "b");            // U+10FFFF has none after it
    CHECK(lac::after_every_start("") == "\xF4\x8F\xBF\xBF");
    for (const char* start : {"tom r", "a\xC2\xBF", "\xED\x9F\xBF", "a\xF4\x8F\xBF\xBF"}) {
        std::string bound = lac::after_every_start(start);
        CHECK(lac::is_valid_utf8(bound));
        CHECK(std::string(start) + "\xF4\x8F\xBF\xBF" < bound);  // above every text starting so
    }
}

TEST_CASE("did you mean") {
    CHECK(lac::closest("lgo", {"log", "init", "person"}) == "log");
    CHECK(lac::closest("persn", {"log", "init", "person"}) == "person");
    CHECK(lac::closest("xyzzy", {"log", "init", "person"}).empty());
    CHECK(lac::closest("zed", {"ben", "asha"}).empty());  // not a slip from either
    CHECK(lac::closest("fone", {"phone", "video"}) == "phone");
    CHECK(lac::edit_distance("lgo", "log") == 1);
    CHECK(lac::did_you_mean("lgo", {"log", "init"}) == " (did you mean 'log'?)");
    CHECK(lac::did_you_mean("xyzzy", {"log", "init"}).empty());
}

TEST_CASE("one line for a terminal: breaks become spaces, long text is cut by columns") {
    CHECK(lac::one_line("two\nlines\tand a tab", 60) == "two lines and a tab");
    CHECK(lac::one_line("ÅÅÅÅÅÅ", 4) == "ÅÅÅ…");
    CHECK(lac::one_line("short", 5) == "short");
}

TEST_CASE("a count names one thing in the singular, any other number in the plural") {
    CHECK(lac::counted(1, "coordinator", "coordinators") == "1 coordinator");
    CHECK(lac::counted(0, "person", "people") == "0 people");
    CHECK(lac::counted(2, "avoided crisis", "avoided crises") == "2 avoided crises");
    CHECK(lac::counted("1", "week", "weeks") == "1 week");
    CHECK(lac::counted("1.5", "bed day", "bed days") == "1.5 bed days");
}

TEST_CASE("pounds are shown for any amount a database could hold, never undefined") {
    CHECK(lac::pounds(13988) == "£13,988.00");
    CHECK(lac::pounds(-2.5) == "-£2.50");
    CHECK(lac::pounds(1e17) == "£1.000e+17");
    CHECK(lac::pounds(std::numeric_limits<double>::infinity()) == "£(not a number)");
    CHECK(lac::pounds(-std::numeric_limits<double>::infinity()) == "£(not a number)");
    CHECK(lac::pounds(std::numeric_limits<double>::quiet_NaN()) == "£(not a number)");
}

TEST_CASE("did you mean, for a spreadsheet's headings: case, spaces and words set aside") {
    const std::vector<std::string> people = {"person", "coordinator", "team", "support", "status", "opened_on",
                                             "closed_on", "close_reason", "area", "source", "birth_year", "name",
                                             "gifts"};
    CHECK(lac::closest("Opened", people) == "opened_on");
    CHECK(lac::closest("Opened on", people) == "opened_on");
    CHECK(lac::closest("Date opened", people) == "opened_on");
    CHECK(lac::closest("Birth Year", people) == "birth_year");
    CHECK(lac::closest("birth-year", people) == "birth_year");
    CHECK(lac::closest("Brith yaer", people) == "birth_year");
    CHECK(lac::closest("Full name", people) == "name");
    CHECK(lac::closest("Closing reason", people) == "close_reason");
    CHECK(lac::closest("Closed", people) == "closed_on");
    CHECK(lac::closest("Gift", people) == "gifts");
    CHECK(lac::closest("AREA", people) == "area");
    // No guess between two, and no other word of the same length.
    CHECK(lac::closest("Person name", people).empty());
    CHECK(lac::closest("Coordinator name", people).empty());
    CHECK(lac::closest("Date", people).empty());
    CHECK(lac::closest("Referred by", people).empty());
    CHECK(lac::closest("on", people).empty());
    CHECK(lac::closest("", people).empty());
    CHECK(lac::closest("store.pathh", {"store.path", "store.busy_timeout_ms"}) == "store.path");
    CHECK(lac::closest("--dry-rnu", {"--dry-run", "--map"}) == "--dry-run");
}
