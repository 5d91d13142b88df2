#include "lac/store/caseload.hpp"

#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

// A person's last contact: their latest conversation on or before ?2 (as_of), from
// conversation_person alone.
#define LAST_CONTACT "(SELECT max(v.on_date) FROM conversation v WHERE v.person_id = p.id AND v.on_date <= ?2)"

namespace lac::store {

std::vector<CaseloadRow> caseload_people(Db& db, int64_t coordinator_id, Date as_of) {
    // person_caseload narrows to the coordinator's people; conversation_person answers each
    // max(on_date), goal_held and connection_held each count, from the index alone (the
    // statuses but 'ended' are listed, so that connection_held can answer).
    Query query(db,
                "SELECT p.id, p.name, p.area, p.source, p.opened_on, p.gifts, p.birth_year, c.handle, "
                "p.next_on, " LAST_CONTACT ", "
                "(SELECT count(*) FROM goal g WHERE g.person_id = p.id AND g.status = 'active'), "
                "(SELECT count(*) FROM connection k WHERE k.person_id = p.id "
                "AND k.status IN ('introduced', 'engaged', 'sustained')) "
                "FROM person p JOIN coordinator c ON c.id = p.coordinator_id "
                "WHERE p.coordinator_id = ?1 AND p.status = 'active' AND p.support = 'walking-alongside' "
                "AND p.opened_on <= ?2 "
                "ORDER BY p.id");
    query.bind(1, coordinator_id);
    query.bind(2, to_iso(as_of));
    std::vector<CaseloadRow> out;
    while (query.executeStep()) {
        Person p;
        p.id = query.getColumn(0).getInt64();
        p.name = rows::text(query.getColumn(1));
        p.area = query.getColumn(2).getString();
        p.source = query.getColumn(3).getString();
        p.opened_on = rows::date(query.getColumn(4));
        p.gifts = query.getColumn(5).getString();
        p.birth_year = rows::maybe_int(query.getColumn(6));
        p.coordinator = query.getColumn(7).getString();
        p.next_on = rows::maybe_date(query.getColumn(8));
        p.coordinator_id = coordinator_id;
        p.support = "walking-alongside";
        p.status = "active";
        out.push_back({std::move(p), rows::maybe_date(query.getColumn(9)), query.getColumn(10).getInt(),
                       query.getColumn(11).getInt()});
    }
    return out;
}

std::vector<DueRow> due_people(Db& db, int64_t coordinator_id, Date as_of) {
    // It costs the coordinator's caseload, not the programme: EXPLAIN QUERY PLAN shows
    // "SEARCH p USING INDEX person_caseload (coordinator_id=? AND status=?)", then for each
    // person max(on_date) from "SEARCH v USING COVERING INDEX conversation_person
    // (person_id=? AND on_date<?)"; next_on is read from each person's own row. No ORDER BY:
    // with ANALYZE's statistics of a small programme, one made SQLite scan every person in
    // id order rather than sort a caseload (the caller sorts).
    Query query(db,
                "SELECT p.id, p.name, p.support, p.opened_on, p.next_on, " LAST_CONTACT " "
                "FROM person p "
                "WHERE p.coordinator_id = ?1 AND p.status = 'active' AND p.opened_on <= ?2 "
                "AND (p.support = 'walking-alongside' OR p.next_on IS NOT NULL)");
    query.bind(1, coordinator_id);
    query.bind(2, to_iso(as_of));
    std::vector<DueRow> out;
    while (query.executeStep()) {
        Person p;
        p.id = query.getColumn(0).getInt64();
        p.name = rows::text(query.getColumn(1));
        p.support = query.getColumn(2).getString();
        p.opened_on = rows::date(query.getColumn(3));
        p.next_on = rows::maybe_date(query.getColumn(4));
        p.coordinator_id = coordinator_id;
        p.status = "active";
        out.push_back({std::move(p), rows::maybe_date(query.getColumn(5))});
    }
    return out;
}

}  // namespace lac::store
