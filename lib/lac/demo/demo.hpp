#pragma once
// A realistic, reproducible synthetic programme (lac-demo(1)), for demonstrations, tests and
// benchmarks. It fills only an empty database, so it can never mix with real records.
#include <cstdint>
#include <string_view>

#include "lac/domain/session.hpp"
#include "lac/util/progress.hpp"

namespace lac {

// The largest demo lac makes: 5000 coordinators is five national programmes, and 520
// weeks is ten years.
constexpr int max_demo_coordinators = 5000, max_demo_weeks = 520, max_demo_seed = 999999999;

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
// Reads the options as typed: whole decimal numbers in range (so 010 is ten, and 0x10 is
// refused), each fault a DataError naming the option and its range.
DemoRequest read_demo_request(std::string_view coordinators, std::string_view weeks, std::string_view seed);

// Fills the database, saying after each week how many are done, and when the indexes are
// being built. It writes to the audit trail what it made: a row per kind of record with
// its count, and one per team it made, with the team's name.
DemoTotals fill_demo(Session& s, const DemoRequest& request, const Progress& progress = {});

}  // namespace lac
