#include "lac/store/search.hpp"

#include <fmt/format.h>

#include "lac/store/assets.hpp"
#include "lac/store/db.hpp"
#include "lac/store/name_parts.hpp"
#include "lac/store/people.hpp"
#include "lac/store/rows.hpp"
#include "lac/util/words.hpp"

namespace lac::store {
namespace {

// Each kind of note: its text, date, and the id its reference is made from, with its
// person as `p`. The SQL is fixed text; the key and scope are bound.
struct NoteSource {
    const char* kind;
    const char* from;  // FROM … giving columns id, person_id, on_date, text
};
const NoteSource note_sources[] = {
    {"conversation", "SELECT v.id, v.person_id, v.on_date, v.note AS text FROM conversation v"},
    {"goal", "SELECT g.id, g.person_id, g.set_on AS on_date, g.text FROM goal g"},
    {"goal note", "SELECT g.id, g.person_id, n.on_date, n.note AS text FROM goal_note n JOIN goal g ON g.id = n.goal_id"},
};

}  // namespace

std::vector<Person> people_matching(Db& db, const std::string& key, const SearchScope& scope) {
    // The parts first (person_name_part's key), as the name lookup reads them.
    std::string sql = fmt::format(
        "SELECT p.id FROM person p WHERE p.id IN (SELECT w.person_id FROM person_name_part w WHERE {}) {}"
        "ORDER BY p.coordinator_id = ?2 DESC, p.name_key, p.id",
        part_matches(Match::prefix), scope.all ? "" : "AND p.coordinator_id = ?2 ");
    Query query(db, sql);
    query.bind(1, key);
    query.bind(2, scope.coordinator_id);
    std::vector<Person> out;
    while (query.executeStep())
        if (auto p = person_by_id(db, query.getColumn(0).getInt64()); p && !p->name.empty()) out.push_back(*p);
    return out;
}

std::vector<Asset> assets_matching(Db& db, const std::string& key) {
    // lac_holds(text, key) is SQLite's function of holds_word (engine/sqlite_connection.cpp);
    // PostgreSQL has none, so there every asset is read (they are few) and its kind and
    // notes are tested here, by the same holds_word.
    static const char* const sql[] = {
        "SELECT a.id, 1, '', '' FROM asset a WHERE a.id IN (SELECT w.asset_id FROM asset_name_part w "
        "WHERE {}) OR lac_holds(a.kind, ?1) OR lac_holds(a.notes, ?1) ORDER BY a.name_key, a.id",
        "SELECT a.id, a.id IN (SELECT w.asset_id FROM asset_name_part w WHERE {}), a.kind, a.notes FROM asset a "
        "ORDER BY a.name_key, a.id"};
    Query query(db, fmt::format(fmt::runtime(sql[rows::postgresql(db)]), part_matches(Match::prefix)));
    query.bind(1, key);
    std::vector<Asset> out;
    while (query.executeStep()) {
        if (query.getColumn(1).getInt() == 0 && !holds_word(query.getColumn(2).getView(), key) &&
            !holds_word(query.getColumn(3).getView(), key))
            continue;
        if (auto a = asset_by_id(db, query.getColumn(0).getInt64())) out.push_back(*a);
    }
    return out;
}

std::vector<NoteHit> notes_matching(Db& db, const std::string& key, const SearchScope& scope) {
    std::vector<NoteHit> out;
    // On SQLite lac_holds() keeps the notes that hold the key; on PostgreSQL, which has no
    // such function, every note in scope is read and tested here by the same holds_word
    // (the key still named in its SQL, as PostgreSQL must know the type of each parameter).
    bool test_here = rows::postgresql(db);
    for (const auto& source : note_sources) {
        // One coordinator's people through person_caseload, then each one's notes by its
        // person index; or every note, read in the order it is stored, and only for those
        // that hold the key their person (CROSS JOIN keeps that order: reading every person's
        // notes through the index, scattered over the file, costs several times as much).
        std::string sql = fmt::format(
            "SELECT t.id, t.person_id, p.name, t.on_date, t.text, p.coordinator_id = ?2 "
            "FROM ({}) t {} person p WHERE p.id = t.person_id AND p.name IS NOT NULL {}{}",
            source.from, scope.all ? "CROSS JOIN" : ",", scope.all ? "" : "AND p.coordinator_id = ?2 ",
            test_here ? "AND CAST(?1 AS TEXT) IS NOT NULL" : "AND lac_holds(t.text, ?1)");
        Query query(db, sql);
        query.bind(1, key);
        query.bind(2, scope.coordinator_id);
        while (query.executeStep()) {
            if (test_here && !holds_word(query.getColumn(4).getView(), key)) continue;
            out.push_back({source.kind, query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
                           query.getColumn(2).getString(), rows::date(query.getColumn(3)),
                           query.getColumn(4).getString(), query.getColumn(5).getInt() != 0});
        }
    }
    return out;
}

}  // namespace lac::store
