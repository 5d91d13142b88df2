#include "lac/store/reflections.hpp"

#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {

int64_t insert_reflection(Db& db, const Reflection& r) {
    auto& insert = db.statement("INSERT INTO reflection (team, on_date, note, recorded_at, recorded_by) "
                                "VALUES (?, ?, ?, lac_now(), ?)");
    insert.bind(1, r.team);
    insert.bind(2, to_iso(r.on));
    insert.bind(3, r.note);
    insert.bind(4, db.actor());
    int64_t id = rows::inserted_id(db, insert);
    auto& score = db.statement("INSERT INTO reflection_score (reflection_id, principle, score) VALUES (?, ?, ?)");
    for (const auto& [principle, value] : r.scores) {
        score.bind(1, id);
        score.bind(2, principle);
        score.bind(3, value);
        score.exec();
        score.reset();
    }
    return id;
}

std::vector<Reflection> list_reflections(Db& db, const std::string& team) {
    // Uses reflection_team (team, on_date) for one team; every team's are few. A reflection's
    // scores come in the order they were written (the config's order of principles then),
    // which reflection_score keeps in no column: SQLite's rowid, PostgreSQL's ctid (the
    // place of the row, in the order written while the table has no gaps to fill).
    static const char* const sql[] = {
        "SELECT r.id, r.team, r.on_date, r.note, s.principle, s.score FROM reflection r "
        "JOIN reflection_score s ON s.reflection_id = r.id "
        "WHERE ?1 = '' OR r.team = ?1 ORDER BY r.team, r.on_date, r.id, s.rowid",
        "SELECT r.id, r.team, r.on_date, r.note, s.principle, s.score FROM reflection r "
        "JOIN reflection_score s ON s.reflection_id = r.id "
        "WHERE ?1 = '' OR r.team = ?1 ORDER BY r.team, r.on_date, r.id, s.ctid"};
    Query query(db, sql[rows::postgresql(db)]);
    query.bind(1, team);
    std::vector<Reflection> out;
    while (query.executeStep()) {
        int64_t id = query.getColumn(0).getInt64();
        if (out.empty() || out.back().id != id)
            out.push_back({id, query.getColumn(1).getString(), rows::date(query.getColumn(2)),
                           query.getColumn(3).getString(), {}});
        out.back().scores.emplace_back(query.getColumn(4).getString(), query.getColumn(5).getInt());
    }
    return out;
}

}  // namespace lac::store
