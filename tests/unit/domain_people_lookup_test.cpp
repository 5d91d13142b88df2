// Finding a person or an asset by name (lib/lac/domain/people_lookup, find_asset, and the
// name parts of lib/lac/store/name_parts): the order of the places looked in, and words.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "lac/domain/forget.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"
#include "test_helpers.hpp"

using lac::make_date;

namespace {

// asha and bea in Northfield, carl in Southside; each holds an Irene Okafor, and asha a
// closed one too. Everyone acts as asha unless a test says otherwise.
struct Namesakes : Fixture {
    lac::Person asha_irene, bea_irene, carl_irene, closed_irene;
    Namesakes() {
        coordinator("asha", "Northfield");
        coordinator("bea", "northfield");  // the same team, as coordinator list --team matches it
        coordinator("carl", "Southside");
        closed_irene = add("Irene Okafor", "asha");
        lac::close_person(s(), lac::make_ref(lac::ref::person, closed_irene.id), "moved", make_date(2026, 11, 1));
        asha_irene = add("Irene Okafor", "asha");
        bea_irene = add("Irene Okafor", "bea");
        carl_irene = add("Irene Okafor", "carl");
    }
    void coordinator(const std::string& handle, const std::string& team) {
        lac::CoordinatorFields f;
        f.name = handle;
        f.team = team;
        lac::add_coordinator(s(), handle, f);
    }
    lac::Person add(const std::string& name, const std::string& coordinator) {
        return lac::add_person(s(), person_fields(name, make_date(2026, 10, 1)), coordinator);
    }
    int64_t found(const std::string& typed) { return lac::find_person(s(), typed).id; }
    std::string refused(const std::string& typed) {
        try {
            lac::find_person(s(), typed);
        } catch (const lac::DataError& e) {
            return e.what();
        }
        return "found";
    }
};

}  // namespace

TEST_CASE("a name is looked for on the acting coordinator's caseload, then their team's, then everyone's") {
    Namesakes t;
    CHECK(t.found("Irene Okafor") == t.asha_irene.id);
    t.db->set_actor("bea", "test");
    CHECK(t.found("irene okafor") == t.bea_irene.id);
    t.db->set_actor("carl", "test");
    CHECK(t.found("Irene") == t.carl_irene.id);

    // Nobody of the name on asha's caseload: bea's, in her team, before carl's.
    auto bea_tom = t.add("Tom Reid", "bea");
    t.add("Tom Reid", "carl");
    t.db->set_actor("asha", "test");
    CHECK(t.found("Tom Reid") == bea_tom.id);
    // Nobody in the team: everyone.
    auto zed = t.add("Zed Quinn", "carl");
    CHECK(t.found("zed") == zed.id);

    // Only active people count as asha's or her team's: her closed Irene is found only with
    // everyone, where she is one of four.
    t.coordinator("dee", "Eastside");
    t.db->set_actor("dee", "test");
    CHECK(t.refused("Irene Okafor") ==
          fmt::format("'Irene Okafor' could be P{} Irene Okafor (closed, asha); P{} Irene Okafor (active, asha); "
                      "P{} Irene Okafor (active, bea); P{} Irene Okafor (active, carl); use the reference",
                      t.closed_irene.id, t.asha_irene.id, t.bea_irene.id, t.carl_irene.id));
    // Someone who is not a coordinator looks among everyone at once.
    t.db->set_actor("root", "test");
    CHECK(t.refused("Tom Reid").find("could be") != std::string::npos);
    CHECK(t.found("zed quinn") == zed.id);
}

TEST_CASE("two namesakes on one caseload are refused, naming both, not passed over for the team's") {
    Namesakes t;
    auto second = t.add("Irene Okafor", "asha");
    CHECK(t.refused("Irene") ==
          fmt::format("'Irene' could be P{} Irene Okafor (active, asha); P{} Irene Okafor (active, asha); "
                      "use the reference",
                      t.asha_irene.id, second.id));
}

TEST_CASE("any word of a name finds it: a whole name, then whole words, then the start of a word") {
    Namesakes t;
    auto tom = t.add("Tom Reid", "asha");
    auto sam = t.add("Sam Reidy", "asha");
    auto mary = t.add("Mary Ann Smith", "asha");
    auto ann = t.add("Ann", "asha");
    auto zoe = t.add("Zoë Ångström-Hill", "asha");

    CHECK(t.found("Reid") == tom.id);           // a whole word beats the start of one
    CHECK(t.found("reidy") == sam.id);
    CHECK(t.found("tom r") == tom.id);          // the start of the name, as before
    CHECK(t.found("SMITH") == mary.id);
    CHECK(t.found("ann smith") == mary.id);     // words together, from any word
    CHECK(t.found("ann") == ann.id);            // a whole name beats a whole word
    CHECK(t.found("ÅNGSTRÖM-hill") == zoe.id);  // folded as names always are
    CHECK(t.found("angstrom") == zoe.id);       // a hyphen joins, a space parts
    CHECK(t.refused("rei") == fmt::format("'rei' could be P{} Sam Reidy (active, asha); P{} Tom Reid (active, asha); "
                                          "use the reference",
                                          sam.id, tom.id));
    CHECK(t.refused("hill") == "no one here is called 'hill'; see 'lac person list'");
    CHECK(t.refused("eid") == "no one here is called 'eid'; see 'lac person list'");  // words start at a space
    CHECK(t.refused("%") == "no one here is called '%'; see 'lac person list'");      // not a LIKE pattern

    // A new name is found by its words, the old one no longer.
    lac::PersonFields rename;
    rename.name = "Tom Campbell";
    lac::edit_person(t.s(), lac::make_ref(lac::ref::person, tom.id), rename);
    CHECK(t.found("campbell") == tom.id);
    CHECK(t.found("reid") == sam.id);  // only the start of Reidy is left
}

TEST_CASE("a forgotten person's name leaves no part behind") {
    Namesakes t;
    lac::forget_people(t.s(), {lac::make_ref(lac::ref::person, t.closed_irene.id), std::nullopt, true});
    CHECK(first_value(*t.db, "SELECT count(*) FROM person_name_part WHERE person_id = " +
                                 std::to_string(t.closed_irene.id)).getInt() == 0);
    CHECK(first_value(*t.db, "SELECT count(*) FROM person_name_part").getInt() == 6);  // 3 Irenes × 2
    t.db->set_actor("root", "test");
    CHECK(t.refused("Irene").find(fmt::format("P{}", t.closed_irene.id)) == std::string::npos);
}

TEST_CASE("an asset is found by any word of its name") {
    Fixture f;
    auto add = [&](const std::string& name) {
        lac::AssetFields a;
        a.name = name;
        a.kind = "arts";
        return lac::add_asset(f.s(), a);
    };
    auto yoga = add("Northfield North Chair Yoga");
    auto choir = add("St Mary's Choir");
    auto chairs = add("Chairs for Loan");
    CHECK(lac::find_asset(f.s(), "chair").id == yoga.id);  // a whole word beats the start of one
    CHECK(lac::find_asset(f.s(), "CHAIR YOGA").id == yoga.id);
    CHECK(lac::find_asset(f.s(), "north c").id == yoga.id);
    CHECK(lac::find_asset(f.s(), "mary's").id == choir.id);
    CHECK(lac::find_asset(f.s(), "loan").id == chairs.id);
    CHECK_THROWS_WITH_AS(lac::find_asset(f.s(), "cha"),
                         fmt::format("'cha' could be A{} Chairs for Loan; A{} Northfield North Chair Yoga; use the "
                                     "reference", chairs.id, yoga.id).c_str(),
                         lac::DataError);
    lac::AssetFields rename;
    rename.name = "Northfield Tai Chi";
    lac::edit_asset(f.s(), lac::make_ref(lac::ref::asset, yoga.id), rename);
    CHECK(lac::find_asset(f.s(), "chair").id == chairs.id);
    CHECK(lac::find_asset(f.s(), "chi").id == yoga.id);
}

TEST_CASE("schema 4 gives the names already held their parts") {
    TempDir dir;
    auto path = dir.path / "lac.db";
    {
        lac::Config config = lac::load_config(std::nullopt);
        bool created = false;
        auto db = lac::Db::create(path, {}, created);
        db->set_actor("asha", "test");
        lac::Session s{*db, config, make_date(2026, 11, 23)};
        lac::CoordinatorFields c;
        c.name = "Asha Patel";
        lac::add_coordinator(s, "asha", c);
        lac::add_person(s, person_fields("Tom  Reid", make_date(2026, 10, 1)), "");
        lac::AssetFields a;
        a.name = "Chair Yoga";
        a.kind = "arts";
        lac::add_asset(s, a);
        // As a schema-3 lac left it: no parts, and the indexes of then.
        db->exec("DROP TABLE reflection_score; DROP TABLE reflection; DROP TABLE wellbeing; "
                       "DROP TABLE person_name_part; DROP TABLE asset_name_part; DROP INDEX person_caseload; "
                       "CREATE INDEX person_coordinator ON person (coordinator_id, status); ALTER TABLE person DROP COLUMN next_on; "
                       "PRAGMA user_version = 3");
    }
    lac::Config config = lac::load_config(std::nullopt);
    auto db = lac::Db::open(path, {});
    db->set_actor("asha", "test");
    lac::Session s{*db, config, make_date(2026, 11, 23)};
    CHECK(first_value(*db, "SELECT group_concat(part, '|') FROM (SELECT part FROM person_name_part ORDER BY part)")
              .getString() == "reid|tom reid");
    CHECK(lac::find_person(s, "reid").name == "Tom  Reid");
    CHECK(lac::find_asset(s, "yoga").name == "Chair Yoga");
    CHECK(first_value(*db, "SELECT count(*) FROM sqlite_schema WHERE name = 'person_coordinator'").getInt() == 0);
}
