#pragma once
// Numbered schema migrations; migration N brings PRAGMA user_version from N-1 to N.
#include <vector>

namespace lac {

struct Migration {
    int version;
    const char* sql;
};

const std::vector<Migration>& migrations();

}  // namespace lac
