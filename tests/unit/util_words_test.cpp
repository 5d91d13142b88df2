// Finding typed words in free text (lib/lac/util/words), as lac search does.
#include <doctest/doctest.h>

#include "lac/util/text.hpp"
#include "lac/util/words.hpp"

TEST_CASE("a key is found at the start of a word, in any case or accents") {
    CHECK(lac::holds_word("Spoke with Édith about the garden", "edith"));
    CHECK(lac::holds_word("EDITH'S idea", "edith"));
    CHECK(lac::holds_word("(edith) came", "edi"));
    CHECK(lac::holds_word("walking club", "walk"));
    CHECK(lac::holds_word("Zoë and Seán", "sean"));
    CHECK(lac::holds_word("tom  reid\nsaid", "reid said"));
    CHECK_FALSE(lac::holds_word("Meredith", "edith"));
    CHECK_FALSE(lac::holds_word("Rosemary", "mary"));
    CHECK_FALSE(lac::holds_word("", "mary"));
    CHECK(lac::find_word_start("a b", "") == std::nullopt);
    CHECK(lac::find_word_start("meredith edith", "edith") == std::size_t(9));
}

TEST_CASE("the folded text knows where each of its bytes came from") {
    auto f = lac::fold_mapped("Zoë  Ångström");
    CHECK(f.text == "zoe angstrom");
    REQUIRE(f.from.size() == f.text.size());
    CHECK(f.from[2] == 2);         // ë, two bytes, from byte 2
    CHECK(f.from[4] == 6);         // Å: after "Zoë" and two spaces
    CHECK(lac::fold_name("Zoë  Ångström") == f.text);
}

TEST_CASE("an excerpt shows the match in the words as written, cut with an ellipsis") {
    CHECK(lac::excerpt("Met Édith at the library", "edith", 60) == "Met Édith at the library");
    CHECK(lac::excerpt("nothing here", "edith", 60).empty());
    std::string long_note = "We talked for a long time about many things, the weather and the bus, and then "
                            "Édith said she would like to sing in the choir again one day soon, if her knees allow";
    auto piece = lac::excerpt(long_note, "choir", 40);
    CHECK(piece.find("choir") != std::string::npos);
    CHECK(piece.rfind("…", 0) == 0);
    CHECK(piece.size() >= 3);
    CHECK(piece.substr(piece.size() - 3) == "…");
    CHECK(lac::display_width(piece) <= 46);
    CHECK(lac::excerpt("line one\nÉdith on line two", "edith", 60) == "line one Édith on line two");
}
