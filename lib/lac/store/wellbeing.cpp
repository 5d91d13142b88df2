#include "lac/store/wellbeing.hpp"

#include "lac/store/dated_rows.hpp"
#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"

namespace lac::store {
namespace {

const char* const wellbeing_columns =
    "SELECT w.id, w.person_id, w.on_date, w.life, w.worthwhile, w.happy, w.anxious, w.lonely, w.note, p.name "
    "FROM wellbeing w JOIN person p ON p.id = w.person_id ";

Wellbeing read_wellbeing(store::Statement& row) {
    Wellbeing w;
    w.id = row.getColumn(0).getInt64();
    w.person_id = row.getColumn(1).getInt64();
    w.on = rows::date(row.getColumn(2));
    w.life = rows::maybe_int(row.getColumn(3));
    w.worthwhile = rows::maybe_int(row.getColumn(4));
    w.happy = rows::maybe_int(row.getColumn(5));
    w.anxious = rows::maybe_int(row.getColumn(6));
    w.lonely = rows::text(row.getColumn(7));
    w.note = row.getColumn(8).getString();
    w.person_name = rows::text(row.getColumn(9));
    return w;
}

// Binds a check-in's own fields as parameters 1–8, for its insert and its update.
void bind_wellbeing(store::Statement& s, const Wellbeing& w) {
    s.bind(1, w.person_id);
    s.bind(2, to_iso(w.on));
    rows::bind_optional(s, 3, w.life);
    rows::bind_optional(s, 4, w.worthwhile);
    rows::bind_optional(s, 5, w.happy);
    rows::bind_optional(s, 6, w.anxious);
    if (w.lonely.empty())
        s.bind(7);
    else
        s.bind(7, w.lonely);
    s.bind(8, w.note);
}

}  // namespace

int64_t insert_wellbeing(Db& db, const Wellbeing& w) {
    auto& insert = db.statement("INSERT INTO wellbeing (person_id, on_date, life, worthwhile, happy, anxious, lonely, "
                                "note, recorded_at, recorded_by, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, lac_now(), ?, ?)");
    bind_wellbeing(insert, w);
    insert.bind(9, db.actor());
    rows::bind_id(insert, 10, w.id);
    return rows::inserted_id(db, insert);
}

void update_wellbeing(Db& db, const Wellbeing& w) {
    Query update(db, "UPDATE wellbeing SET person_id = ?, on_date = ?, life = ?, worthwhile = ?, "
                     "happy = ?, anxious = ?, lonely = ?, note = ? WHERE id = ?");
    bind_wellbeing(update, w);
    update.bind(9, w.id);
    update.exec();
}

void delete_wellbeing(Db& db, int64_t id) {
    Query remove(db, "DELETE FROM wellbeing WHERE id = ?");
    remove.bind(1, id);
    remove.exec();
}

std::optional<Wellbeing> wellbeing_by_id(Db& db, int64_t id) {
    return dated_rows::by_id(db, wellbeing_columns, 'w', id, read_wellbeing);
}

std::vector<Wellbeing> list_wellbeing(Db& db, const GivingFilter& filter) {
    return dated_rows::select<Wellbeing>(db, wellbeing_columns, 'w', filter, read_wellbeing);
}

bool wellbeing_exists(Db& db, const Wellbeing& w) {
    auto& query = db.statement("SELECT 1 FROM wellbeing WHERE person_id = ? AND on_date = ? AND life IS NOT DISTINCT FROM ? AND "
                               "worthwhile IS NOT DISTINCT FROM ? AND happy IS NOT DISTINCT FROM ? AND "
                               "anxious IS NOT DISTINCT FROM ? AND lonely IS NOT DISTINCT FROM ? AND note = ? LIMIT 1");
    bind_wellbeing(query, w);
    bool found = query.executeStep();
    query.reset();
    return found;
}

}  // namespace lac::store
