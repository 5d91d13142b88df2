#pragma once
// A realistic, reproducible synthetic programme (SPEC §7), for demonstrations, tests and
// benchmarks. It fills only an empty database, so it can never mix with real records.
#include <cstdint>
#include <functional>

#include "lac/session.hpp"

namespace lac {

struct DemoRequest {
    int coordinators = 10;
    int weeks = 26;
    int seed = 1;  // from 0 up
};

struct DemoTotals {
    long long people = 0, conversations = 0, goals = 0, connections = 0, contributions = 0, avoided = 0;
};

// Checks the request's numbers before anything is created.
void check_demo_request(const DemoRequest& request);

// Fills the database; `progress(done, total)` is called after each week.
DemoTotals fill_demo(Session& s, const DemoRequest& request, const std::function<void(int, int)>& progress);

}  // namespace lac
