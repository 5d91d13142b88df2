// Connections: one target, no duplicates while open (lib/lac/domain/connections).
#include <doctest/doctest.h>

#include "lac/domain/assets.hpp"
#include "lac/domain/connections.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/giving.hpp"
#include "lac/domain/goals.hpp"
#include "lac/domain/people.hpp"
#include "lac/domain/team.hpp"
#include "test_helpers.hpp"

using lac::make_date;

TEST_CASE("connections: one target, no duplicates while open, dated status changes") {
    EdithTomAndAChoir w;
    lac::ConnectFields to_choir{"Edith", "st mary", "", std::nullopt, make_date(2026, 10, 1)};
    auto k = lac::connect(w.s(), to_choir);
    CHECK(k.kind == "asset");
    CHECK(k.status == "introduced");
    CHECK_THROWS_AS(lac::connect(w.s(), to_choir), lac::DataError);  // already open

    lac::ConnectFields both{"Edith", "A1", "Tom"};
    CHECK_THROWS_AS(lac::connect(w.s(), both), lac::UsageError);
    lac::ConnectFields self{"Edith", "", "Edith"};
    CHECK_THROWS_AS(lac::connect(w.s(), self), lac::DataError);
    lac::ConnectFields ended{"Edith", "", "", "daughter Sarah", std::nullopt, "ended"};
    CHECK_THROWS_AS(lac::connect(w.s(), ended), lac::DataError);
    lac::ConnectFields daughter{"Edith", "", "", "daughter Sarah", std::nullopt, "engaged"};
    CHECK(lac::connect(w.s(), daughter).kind == "natural");
    lac::ConnectFields peer{"Edith", "", "Tom"};
    CHECK(lac::connect(w.s(), peer).peer_name == "Tom Hughes");

    CHECK_THROWS_AS(lac::set_connection_status(w.s(), "K1", "engaged", make_date(2026, 9, 30)), lac::DataError);
    lac::set_connection_status(w.s(), "K1", "engaged", make_date(2026, 10, 8));
    auto gone = lac::set_connection_status(w.s(), "K1", "ended", make_date(2026, 11, 1));
    CHECK(gone.ended_on == make_date(2026, 11, 1));
    CHECK(lac::connect(w.s(), to_choir).id == 4);  // a new connection once the old one ended
    CHECK(lac::list_connections(w.s(), "Tom").size() == 1);  // Tom is Edith's peer
    CHECK(lac::find_asset(w.s(), "A1").people == 1);
    lac::retire_asset(w.s(), "A1");
    lac::ConnectFields to_retired{"Tom", "A1"};
    CHECK_THROWS_AS(lac::connect(w.s(), to_retired), lac::DataError);
}

TEST_CASE("an empty person-in-their-life is refused, not taken for no target") {
    EdithTomAndAChoir w;
    lac::ConnectFields empty{"Edith", "", "", std::string("  ")};
    CHECK_THROWS_AS(lac::connect(w.s(), empty), lac::DataError);
}
