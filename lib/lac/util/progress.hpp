#pragma once
// How far long work has got: lac demo's fill, an import, export all, evaluate (and, when it comes,
// copy). The library says where it is through a Progress and never prints;
// the front end decides whether to show it and how often (cmd/progress_line.hpp draws one
// line on a terminal's standard error, at most a few times a second). An empty Progress
// goes nowhere, so a caller that is not watching passes {}.
#include <functional>
#include <string_view>
#include <utility>

namespace lac {

struct ProgressStep {
    std::string_view stage;  // what is under way: "filling", "conversations.csv (5 of 12)"
    long long done = 0;      // how many of the stage's units are done
    long long total = 0;     // of how many; 0 when that is not known beforehand (a CSV's rows)
    std::string_view unit;   // what `done` counts, plural ("weeks", "rows"); empty: nothing counted
};

class Progress {
public:
    using Report = std::function<void(const ProgressStep&)>;
    Progress() = default;
    explicit Progress(Report report) : report_(std::move(report)) {}
    // Cheap enough to call for every row: the front end keeps the rate it is shown at down.
    void operator()(std::string_view stage, long long done = 0, long long total = 0,
                    std::string_view unit = {}) const {
        if (report_) report_(ProgressStep{stage, done, total, unit});
    }

private:
    Report report_;
};

}  // namespace lac
