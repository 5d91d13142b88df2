#include "lac/store/giving.hpp"

#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {

int64_t insert_contribution(Db& db, const Contribution& t) {
    auto& insert = db.statement("INSERT INTO contribution (person_id, on_date, hours, asset_id, what, recorded_at, "
                             "recorded_by) VALUES (?, ?, ?, ?, ?, lac_now(), ?)");
    insert.bind(1, t.person_id);
    insert.bind(2, to_iso(t.on));
    insert.bind(3, t.hours);
    rows::bind_optional(insert, 4, t.asset_id);
    insert.bind(5, t.what);
    insert.bind(6, db.actor());
    insert.exec();
    return db.sql().getLastInsertRowid();
}

std::vector<Contribution> contributions_of(Db& db, std::optional<int64_t> person_id, std::optional<int64_t> asset_id) {
    SQLite::Statement query(db.sql(),
                            std::string("SELECT t.id, t.person_id, t.on_date, t.hours, t.asset_id, a.name, t.what "
                                        "FROM contribution t LEFT JOIN asset a ON a.id = t.asset_id") +
                                rows::where({{bool(person_id), "t.person_id = ?1"}, {bool(asset_id), "t.asset_id = ?2"}}) +
                                "ORDER BY t.on_date, t.id");
    if (person_id) query.bind(1, *person_id);
    if (asset_id) query.bind(2, *asset_id);
    std::vector<Contribution> out;
    while (query.executeStep()) {
        Contribution t;
        t.id = query.getColumn(0).getInt64();
        t.person_id = query.getColumn(1).getInt64();
        t.on = rows::date(query.getColumn(2));
        t.hours = query.getColumn(3).getDouble();
        if (!query.getColumn(4).isNull()) t.asset_id = query.getColumn(4).getInt64();
        t.asset_name = rows::text(query.getColumn(5));
        t.what = query.getColumn(6).getString();
        out.push_back(std::move(t));
    }
    return out;
}

int64_t insert_avoided(Db& db, const Avoided& x) {
    auto& insert = db.statement("INSERT INTO avoided (person_id, type, label, on_date, quantity, unit, unit_cost, budget, "
                             "cost_source, confidence, evidence, recorded_at, recorded_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, lac_now(), ?)");
    insert.bind(1, x.person_id);
    insert.bind(2, x.type);
    insert.bind(3, x.label);
    insert.bind(4, to_iso(x.on));
    insert.bind(5, x.quantity);
    insert.bind(6, x.unit);
    insert.bind(7, x.unit_cost);
    insert.bind(8, x.budget);
    insert.bind(9, x.source);
    insert.bind(10, x.confidence);
    insert.bind(11, x.evidence);
    insert.bind(12, db.actor());
    insert.exec();
    return db.sql().getLastInsertRowid();
}

std::vector<Avoided> avoided_of(Db& db, int64_t person_id) {
    SQLite::Statement query(db.sql(),
                            "SELECT id, person_id, type, label, on_date, quantity, unit, unit_cost, budget, cost_source, "
                            "confidence, evidence FROM avoided WHERE person_id = ? ORDER BY on_date, id");
    query.bind(1, person_id);
    std::vector<Avoided> out;
    while (query.executeStep()) {
        Avoided x;
        x.id = query.getColumn(0).getInt64();
        x.person_id = query.getColumn(1).getInt64();
        x.type = query.getColumn(2).getString();
        x.label = query.getColumn(3).getString();
        x.on = rows::date(query.getColumn(4));
        x.quantity = query.getColumn(5).getDouble();
        x.unit = query.getColumn(6).getString();
        x.unit_cost = query.getColumn(7).getDouble();
        x.budget = query.getColumn(8).getString();
        x.source = query.getColumn(9).getString();
        x.confidence = query.getColumn(10).getString();
        x.evidence = query.getColumn(11).getString();
        out.push_back(std::move(x));
    }
    return out;
}

}  // namespace lac::store
