#pragma once
// Shows a lac::Progress as one line on standard error, when that is a terminal and not
// --quiet: rewritten in place with a carriage return at most four times a second (and at
// once when the work moves on to a new stage), cut to the terminal's width so that it
// never wraps, and cleared when the work ends, however it ends. Otherwise it shows nothing.
#include <chrono>
#include <string>

#include "lac/util/progress.hpp"

class Context;

class ProgressLine {
public:
    // `who` begins the line: "lac demo".
    ProgressLine(Context& ctx, std::string who);
    ~ProgressLine() { clear(); }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    // What the library is given; it goes nowhere when the line is not shown.
    lac::Progress progress();
    // Blanks the line, so that what is printed next starts at the left on a clean line.
    void clear();

    // The line for one step, before it is cut to the terminal's width.
    static std::string text(const std::string& who, const lac::ProgressStep& step);

private:
    void show(const lac::ProgressStep& step);

    Context& ctx_;
    std::string who_;
    bool shown_ = false;  // whether to draw at all
    std::size_t drawn_ = 0;  // the width of what is on the line now
    std::string stage_;
    std::chrono::steady_clock::time_point last_{};
};
