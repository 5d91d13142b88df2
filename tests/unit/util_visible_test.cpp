// Control characters shown visibly (lib/lac/util/visible).
#include <doctest/doctest.h>

#include <sstream>

#include "lac/util/visible.hpp"

namespace {

// What a stream through VisibleBuf passes on, written in pieces of `chunk` bytes.
std::string through(const std::string& text, std::size_t chunk = 1000) {
    std::ostringstream target;
    {
        lac::VisibleBuf buf(target.rdbuf());
        std::ostream out(&buf);
        for (std::size_t at = 0; at < text.size(); at += chunk) out << text.substr(at, chunk);
        out.flush();
    }
    return target.str();
}

}  // namespace

TEST_CASE("control characters are written visibly; tab, line breaks and UTF-8 stay") {
    CHECK(lac::visible("Mary\x1b]0;owned\x07") == "Mary\\x1b]0;owned\\x07");
    CHECK(lac::visible("a\tb\nc\r\n") == "a\tb\nc\r\n");
    CHECK(lac::visible("Zoë Ł \x7f") == "Zoë Ł \\x7f");
    CHECK(lac::visible("\xc2\x9b" "2J") == "\\u009b2J");  // C1 CSI
}

TEST_CASE("a stream keeps lac's own colours and shows every other escape, however it is split") {
    const std::string shown = "\x1b[1mhandle\x1b[0m Edith\x1b]0;title\x07 \x1b[2J done \xc2\x9b" "5n é";
    const std::string expected = "\x1b[1mhandle\x1b[0m Edith\\x1b]0;title\\x07 \\x1b[2J done \\u009b5n é";
    for (std::size_t chunk : {1, 2, 3, 7, 1000}) CHECK(through(shown, chunk) == expected);
    // An escape left open at the end is shown, not lost.
    CHECK(through("x\x1b[12") == "x\\x1b[12");
    CHECK(through("x\xc2") == "x\xc2");
}

TEST_CASE("switched off, the stream passes bytes through unchanged (CSV and JSON)") {
    std::ostringstream target;
    lac::VisibleBuf buf(target.rdbuf());
    std::ostream out(&buf);
    buf.enabled(false);
    out << "a\x1b[2Jb" << std::flush;
    CHECK(target.str() == "a\x1b[2Jb");
}
