// Finding names in free text (lib/lac/util/mentions).
#include <doctest/doctest.h>

#include "lac/util/mentions.hpp"

TEST_CASE("a name is found as whole words, in any case, accents and spacing") {
    lac::MentionFinder names;
    names.add("Edith Walker", 1);
    names.add("Edith", 1);
    auto r = names.replace("EDITH  walker's daughter rang; edith was out. Editha and Meredith were not.", "[removed]");
    CHECK(r.text == "[removed]'s daughter rang; [removed] was out. Editha and Meredith were not.");
    CHECK(r.owners == std::vector<long long>{1});
    CHECK(names.replace("Édith\nWalker came", "[x]").text == "[x] came");
    CHECK_FALSE(names.mentions("Rosemary and Walker"));
}

TEST_CASE("the longer name wins, each owner is named once, and the rest of the text is kept byte for byte") {
    lac::MentionFinder names;
    names.add("Mary", 2);
    names.add("Mary O'Brien", 3);
    names.add("Zoë", 4);
    auto r = names.replace("Mary O'Brien met Mary and ZOË at the café — twice, Mary!", "[r]");
    CHECK(r.text == "[r] met [r] and [r] at the café — twice, [r]!");
    CHECK(r.owners == std::vector<long long>{3, 2, 4});
    CHECK(names.replace("", "[r]").text.empty());
    CHECK(names.replace("no one here", "[r]").owners.empty());
}

TEST_CASE("characters that LIKE or a pattern would treat specially are only letters here") {
    lac::MentionFinder names;
    names.add("Al_%x", 1);
    CHECK(names.replace("Al_%x and Alb%x", "[r]").text == "[r] and Alb%x");
    names.add("   ", 2);  // nothing to look for
    CHECK(names.replace("   ", "[r]").text == "   ");
}

TEST_CASE("text that is not valid UTF-8 is never split inside a character") {
    lac::MentionFinder names;
    names.add("Tom", 1);
    std::string bad = "\xff Tom \xc3";
    CHECK(names.replace(bad, "[r]").text == "\xff [r] \xc3");
}

TEST_CASE("a first name is the first word of the name") {
    CHECK(lac::first_name("  Mary O'Brien ") == "Mary");
    CHECK(lac::first_name("Cher") == "Cher");
}
