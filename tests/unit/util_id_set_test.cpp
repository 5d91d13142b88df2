#include <doctest/doctest.h>

#include "lac/util/id_set.hpp"

using lac::IdSet;

TEST_CASE("an id set holds what was put in, and nothing beside it") {
    IdSet ids;
    CHECK_FALSE(ids.contains(1));
    const int64_t held[] = {1, 63, 64, 65, 127, 128, 4'000'000'000'000, INT64_MAX};
    // Their neighbours in the same word, and the same bit of other words.
    const int64_t not_held[] = {0, 2, 62, 66, 126, 129, 192, 4'000'000'000'001, INT64_MAX - 1, -1, -64};
    for (int64_t id : held) ids.insert(id);
    for (int64_t id : held) CHECK(ids.contains(id));
    for (int64_t id : not_held) CHECK_FALSE(ids.contains(id));
    ids.insert(2);
    CHECK(ids.contains(2));
    CHECK(ids.contains(1));
    ids.clear();
    CHECK_FALSE(ids.contains(1));
    CHECK_FALSE(ids.contains(INT64_MAX));
}

TEST_CASE("an id set agrees with every id of a run it holds a part of") {
    IdSet ids;
    for (int64_t id = 1000; id < 3000; id += 3) ids.insert(id);
    for (int64_t id = 900; id < 3100; ++id) CHECK(ids.contains(id) == (id >= 1000 && id < 3000 && (id - 1000) % 3 == 0));
}
