#pragma once
// What every domain operation needs: the open store, the effective config, and today.
#include "lac/domain/config.hpp"
#include "lac/util/date.hpp"
#include "lac/store/db.hpp"

namespace lac {

struct Session {
    Db& db;
    const Config& config;
    Date today;
    std::string now;  // the time of day, HH:MM; empty when not known ($LAC_TODAY gives a day alone)
};

}  // namespace lac
