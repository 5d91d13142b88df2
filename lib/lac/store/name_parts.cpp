#include "lac/store/name_parts.hpp"

#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {

const char* part_matches(Match match) {
    // A range on the part's index: [key, key + U+10FFFF) holds every part that starts with
    // key (U+10FFFF written out, as SQLite's char(1114111) gives it: PostgreSQL's is chr).
    // The key is cast where it is joined, as PostgreSQL knows no type for `?1 || ' '`.
    return match == Match::word ? "(w.part = ?1 OR (w.part >= CAST(?1 AS TEXT) || ' ' AND "
                                  "w.part < CAST(?1 AS TEXT) || ' \xF4\x8F\xBF\xBF'))"
                                : "(w.part >= ?1 AND w.part < CAST(?1 AS TEXT) || '\xF4\x8F\xBF\xBF')";
}

void remove_name_parts(Db& db, Named table, int64_t id) {
    auto& remove = db.statement(table == Named::person ? "DELETE FROM person_name_part WHERE person_id = ?"
                                                       : "DELETE FROM asset_name_part WHERE asset_id = ?");
    remove.bind(1, id);
    remove.exec();
}

void add_name_parts(Db& db, Named table, int64_t id, const std::string& key) {
    if (key.empty()) return;
    // The engines differ only in the name of instr (PostgreSQL's strpos); the seed's types
    // are written out, as PostgreSQL infers none for a bare parameter.
#define LAC_PARTS_SEED "SELECT CAST(?1 AS BIGINT), CAST(?2 AS TEXT)"
#define LAC_PARTS_INTO(owner) "INSERT INTO " owner "_name_part (part, " owner "_id) SELECT rest, id FROM part"
    static const char* const sql[2][2] = {
        {LAC_NAME_PARTS(LAC_PARTS_SEED) LAC_PARTS_INTO("person"), LAC_NAME_PARTS(LAC_PARTS_SEED) LAC_PARTS_INTO("asset")},
        {LAC_NAME_PARTS_PG(LAC_PARTS_SEED) LAC_PARTS_INTO("person"),
         LAC_NAME_PARTS_PG(LAC_PARTS_SEED) LAC_PARTS_INTO("asset")},
    };
#undef LAC_PARTS_INTO
#undef LAC_PARTS_SEED
    bool postgresql = rows::postgresql(db);
    auto& insert = db.statement(sql[postgresql][table == Named::asset]);
    insert.bind(1, id);
    insert.bind(2, key);
    insert.exec();
}

}  // namespace lac::store
