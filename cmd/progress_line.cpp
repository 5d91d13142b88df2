#include "progress_line.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>

#include <fmt/format.h>

#include "context.hpp"

namespace {

// At most four drawings a second within one stage.
constexpr auto interval = std::chrono::milliseconds(250);

std::size_t terminal_width() {
    winsize size{};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 1) return size.ws_col;
    return 80;
}

}  // namespace

ProgressLine::ProgressLine(Context& ctx, std::string who)
    : ctx_(ctx), who_(std::move(who)), shown_(isatty(STDERR_FILENO) && !ctx.options.quiet) {}

lac::Progress ProgressLine::progress() {
    if (!shown_) return {};
    return lac::Progress([this](const lac::ProgressStep& step) { show(step); });
}

std::string ProgressLine::text(const std::string& who, const lac::ProgressStep& step) {
    std::string line = fmt::format("{}: {}", who, step.stage);
    if (step.unit.empty()) return line;
    if (step.total <= 0) return line + fmt::format(", {} {}", step.done, step.unit);
    constexpr long long width = 20;
    long long filled = std::min(step.done, step.total) * width / step.total;
    return line + fmt::format(" [{}{}] {}/{} {}", std::string(std::size_t(filled), '#'),
                              std::string(std::size_t(width - filled), ' '), step.done, step.total, step.unit);
}

void ProgressLine::show(const lac::ProgressStep& step) {
    auto now = std::chrono::steady_clock::now();
    bool new_stage = step.stage != stage_;
    if (!new_stage && now - last_ < interval) return;
    last_ = now;
    if (new_stage) stage_ = step.stage;
    std::string line = text(who_, step);
    // One column short of the width: a character in the last column may wrap the line.
    line = line.substr(0, terminal_width() - 1);
    std::string padding(drawn_ > line.size() ? drawn_ - line.size() : 0, ' ');
    ctx_.err << ('\r' + line + padding) << std::flush;  // in one write
    drawn_ = line.size();
}

void ProgressLine::clear() {
    if (drawn_ == 0) return;
    ctx_.err << ('\r' + std::string(drawn_, ' ') + '\r') << std::flush;
    drawn_ = 0;
}
