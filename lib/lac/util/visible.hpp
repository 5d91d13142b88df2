#pragma once
// Text from a database, a file or the command line can hold control characters: an
// escape sequence in a name could retitle the terminal, clear the screen or worse. What
// lac shows a person passes through these, which write every control character visibly
// (ESC as \x1b, U+009B as \u009b) and keep tab, line feed and carriage return, and the
// colour sequences (ESC [ digits ; … m) that lac itself writes.
#include <streambuf>
#include <string>
#include <string_view>

namespace lac {

// The text with every control character written visibly (colour sequences too).
std::string visible(std::string_view text);

// A stream buffer that passes what is written on to `target`, control characters made
// visible, and colour sequences kept. `enabled(false)` passes bytes through unchanged
// (for CSV and JSON, which are data: JSON escapes control characters itself).
class VisibleBuf : public std::streambuf {
public:
    explicit VisibleBuf(std::streambuf* target) : target_(target) {}
    ~VisibleBuf() override;
    void enabled(bool on);

protected:
    int_type overflow(int_type ch) override;
    std::streamsize xsputn(const char* data, std::streamsize size) override;
    int sync() override;

private:
    enum class State { text, escape, sequence, c2 };
    void put(unsigned char c);
    void emit(std::string_view bytes);
    void release_pending();  // an escape that did not become a colour: shown visibly

    std::streambuf* target_;
    bool on_ = true;
    bool failed_ = false;
    State state_ = State::text;
    std::string pending_;  // an escape sequence still being read
};

}  // namespace lac
