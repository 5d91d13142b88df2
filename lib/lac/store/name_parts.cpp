#include "lac/store/name_parts.hpp"

#include "lac/store/db.hpp"

namespace lac::store {

const char* part_matches(Match match) {
    // A range on the part's index: [key, key + U+10FFFF) holds every part that starts with key.
    return match == Match::word ? "(w.part = ?1 OR (w.part >= ?1 || ' ' AND w.part < ?1 || ' ' || char(1114111)))"
                                : "(w.part >= ?1 AND w.part < ?1 || char(1114111))";
}

void remove_name_parts(Db& db, Named table, int64_t id) {
    auto& remove = db.statement(table == Named::person ? "DELETE FROM person_name_part WHERE person_id = ?"
                                                       : "DELETE FROM asset_name_part WHERE asset_id = ?");
    remove.bind(1, id);
    remove.exec();
}

void add_name_parts(Db& db, Named table, int64_t id, const std::string& key) {
    if (key.empty()) return;
    bool person = table == Named::person;
    auto& insert = db.statement(
        person ? LAC_NAME_PARTS("SELECT ?1, ?2") "INSERT INTO person_name_part (part, person_id) SELECT rest, id FROM part"
               : LAC_NAME_PARTS("SELECT ?1, ?2") "INSERT INTO asset_name_part (part, asset_id) SELECT rest, id FROM part");
    insert.bind(1, id);
    insert.bind(2, key);
    insert.exec();
}

}  // namespace lac::store
