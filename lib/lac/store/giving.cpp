#include "lac/store/giving.hpp"

#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"
#include "lac/store/dated_rows.hpp"

namespace lac::store {
namespace {

// A forgotten person's name is NULL; what they gave and what they were spared is not shown.
const char* const contribution_columns =
    "SELECT t.id, t.person_id, t.on_date, t.hours, t.asset_id, a.name, t.what, p.name FROM contribution t "
    "JOIN person p ON p.id = t.person_id LEFT JOIN asset a ON a.id = t.asset_id ";

Contribution read_contribution(store::Statement& row) {
    Contribution t;
    t.id = row.getColumn(0).getInt64();
    t.person_id = row.getColumn(1).getInt64();
    t.on = rows::date(row.getColumn(2));
    t.hours = row.getColumn(3).getDouble();
    if (!row.getColumn(4).isNull()) t.asset_id = row.getColumn(4).getInt64();
    t.asset_name = rows::text(row.getColumn(5));
    t.what = row.getColumn(6).getString();
    t.person_name = rows::text(row.getColumn(7));
    return t;
}

const char* const avoided_columns =
    "SELECT x.id, x.person_id, x.type, x.label, x.on_date, x.quantity, x.unit, x.unit_cost, x.budget, x.cost_source, "
    "x.confidence, x.evidence, p.name FROM avoided x JOIN person p ON p.id = x.person_id ";

Avoided read_avoided(store::Statement& row) {
    Avoided x;
    x.id = row.getColumn(0).getInt64();
    x.person_id = row.getColumn(1).getInt64();
    x.type = row.getColumn(2).getString();
    x.label = row.getColumn(3).getString();
    x.on = rows::date(row.getColumn(4));
    x.quantity = row.getColumn(5).getDouble();
    x.unit = row.getColumn(6).getString();
    x.unit_cost = row.getColumn(7).getDouble();
    x.budget = row.getColumn(8).getString();
    x.source = row.getColumn(9).getString();
    x.confidence = row.getColumn(10).getString();
    x.evidence = row.getColumn(11).getString();
    x.person_name = rows::text(row.getColumn(12));
    return x;
}

// Binds a contribution's own fields as parameters 1–5, for its insert and its update.
void bind_contribution(store::Statement& s, const Contribution& t) {
    s.bind(1, t.person_id);
    s.bind(2, to_iso(t.on));
    s.bind(3, t.hours);
    rows::bind_optional(s, 4, t.asset_id);
    s.bind(5, t.what);
}

// Binds an avoided crisis's own fields as parameters 1–11, for its insert and its update.
void bind_avoided(store::Statement& s, const Avoided& x) {
    s.bind(1, x.person_id);
    s.bind(2, x.type);
    s.bind(3, x.label);
    s.bind(4, to_iso(x.on));
    s.bind(5, x.quantity);
    s.bind(6, x.unit);
    s.bind(7, x.unit_cost);
    s.bind(8, x.budget);
    s.bind(9, x.source);
    s.bind(10, x.confidence);
    s.bind(11, x.evidence);
}

void delete_by_id(Db& db, const char* sql, int64_t id) {
    Query remove(db, sql);
    remove.bind(1, id);
    remove.exec();
}

}  // namespace

int64_t insert_contribution(Db& db, const Contribution& t) {
    auto& insert = db.statement("INSERT INTO contribution (person_id, on_date, hours, asset_id, what, recorded_at, "
                             "recorded_by, id) VALUES (?, ?, ?, ?, ?, lac_now(), ?, ?)");
    bind_contribution(insert, t);
    insert.bind(6, db.actor());
    rows::bind_id(insert, 7, t.id);  // an import keeps the reference; 0 takes the next
    return rows::inserted_id(db, insert);
}

void update_contribution(Db& db, const Contribution& t) {
    Query update(db, "UPDATE contribution SET person_id = ?, on_date = ?, hours = ?, asset_id = ?, "
                     "what = ? WHERE id = ?");
    bind_contribution(update, t);
    update.bind(6, t.id);
    update.exec();
}

void delete_contribution(Db& db, int64_t id) { delete_by_id(db, "DELETE FROM contribution WHERE id = ?", id); }

std::optional<Contribution> contribution_by_id(Db& db, int64_t id) {
    return dated_rows::by_id(db, contribution_columns, 't', id, read_contribution);
}

std::vector<Contribution> list_contributions(Db& db, const GivingFilter& filter) {
    return dated_rows::select<Contribution>(db, contribution_columns, 't', filter, read_contribution);
}

std::vector<Contribution> contributions_of(Db& db, std::optional<int64_t> person_id, std::optional<int64_t> asset_id) {
    return list_contributions(db, {person_id, asset_id});
}

int64_t insert_avoided(Db& db, const Avoided& x) {
    auto& insert = db.statement("INSERT INTO avoided (person_id, type, label, on_date, quantity, unit, unit_cost, budget, "
                             "cost_source, confidence, evidence, recorded_at, recorded_by, id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, lac_now(), ?, ?)");
    bind_avoided(insert, x);
    insert.bind(12, db.actor());
    rows::bind_id(insert, 13, x.id);  // an import keeps the reference; 0 takes the next
    return rows::inserted_id(db, insert);
}

void update_avoided(Db& db, const Avoided& x) {
    Query update(db,
                 "UPDATE avoided SET person_id = ?, type = ?, label = ?, on_date = ?, quantity = ?, unit = ?, "
                 "unit_cost = ?, budget = ?, cost_source = ?, confidence = ?, evidence = ? WHERE id = ?");
    bind_avoided(update, x);
    update.bind(12, x.id);
    update.exec();
}

void delete_avoided(Db& db, int64_t id) { delete_by_id(db, "DELETE FROM avoided WHERE id = ?", id); }

std::optional<Avoided> avoided_by_id(Db& db, int64_t id) { return dated_rows::by_id(db, avoided_columns, 'x', id, read_avoided); }

std::vector<Avoided> list_avoided(Db& db, const GivingFilter& filter) {
    return dated_rows::select<Avoided>(db, avoided_columns, 'x', filter, read_avoided);
}

std::vector<Avoided> avoided_of(Db& db, int64_t person_id) { return list_avoided(db, {person_id}); }

}  // namespace lac::store
