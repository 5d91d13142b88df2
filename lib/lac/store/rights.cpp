#include "lac/store/rights.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "lac/store/db.hpp"
#include "lac/store/name_parts.hpp"
#include "lac/store/rows.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"

namespace lac::store {
namespace {

// Every column of free text. `select` gives the row, the owner (a person's id, or NULL),
// the id that makes the reference with `letter` (or, with no letter, the reference
// itself) and the text; `update` sets the text (?1) of a row (?2). The SQL is fixed text,
// never built from what anyone typed.
struct TextColumn {
    const char* kind;
    char letter;
    const char* select;
    const char* update;
};

const TextColumn text_columns[] = {
    {"conversation note", ref::conversation,
     "SELECT id, person_id, id, note FROM conversation WHERE note <> '' ORDER BY id",
     "UPDATE conversation SET note = ?1 WHERE id = ?2"},
    {"goal", ref::goal, "SELECT id, person_id, id, text FROM goal WHERE text <> '' ORDER BY id",
     "UPDATE goal SET text = ?1 WHERE id = ?2"},
    {"progress note", ref::goal,
     "SELECT n.id, g.person_id, g.id, n.note FROM goal_note n JOIN goal g ON g.id = n.goal_id "
     "WHERE n.note <> '' ORDER BY n.id",
     "UPDATE goal_note SET note = ?1 WHERE id = ?2"},
    {"natural connection", ref::connection,
     "SELECT id, person_id, id, \"natural\" FROM connection WHERE \"natural\" <> '' ORDER BY id",
     "UPDATE connection SET \"natural\" = ?1 WHERE id = ?2"},
    {"contribution", ref::contribution, "SELECT id, person_id, id, what FROM contribution WHERE what <> '' ORDER BY id",
     "UPDATE contribution SET what = ?1 WHERE id = ?2"},
    {"avoided crisis evidence", ref::avoided,
     "SELECT id, person_id, id, evidence FROM avoided WHERE evidence <> '' ORDER BY id",
     "UPDATE avoided SET evidence = ?1 WHERE id = ?2"},
    {"wellbeing note", ref::wellbeing, "SELECT id, person_id, id, note FROM wellbeing WHERE note <> '' ORDER BY id",
     "UPDATE wellbeing SET note = ?1 WHERE id = ?2"},
    {"gifts", ref::person, "SELECT id, id, id, gifts FROM person WHERE gifts <> '' ORDER BY id",
     "UPDATE person SET gifts = ?1 WHERE id = ?2"},
    {"asset notes", ref::asset, "SELECT id, NULL, id, notes FROM asset WHERE notes <> '' ORDER BY id",
     "UPDATE asset SET notes = ?1 WHERE id = ?2"},
    {"audit detail", 0, "SELECT id, NULL, ref, detail FROM audit WHERE detail <> '' ORDER BY id",
     "UPDATE audit SET detail = ?1 WHERE id = ?2"},
};
constexpr int audit_column = int(std::size(text_columns)) - 1;

// The references as one bound JSON array (?1), read back as rows: any number of them in one
// statement, each a value and never SQL. SQLite's json_each is PostgreSQL's
// jsonb_array_elements_text.
std::string json_array(const std::vector<std::string>& refs) { return nlohmann::json(refs).dump(); }
std::string refs_in(Db& db, const char* before, const char* after) {
    static const char* const each[] = {"(SELECT value FROM json_each(?1))",
                                       "(SELECT jsonb_array_elements_text(CAST(?1 AS jsonb)))"};
    return std::string(before) + each[rows::postgresql(db)] + after;
}

long long count(Db& db, const char* sql, int64_t person_id) {
    Query query(db, sql);
    query.bind(1, person_id);
    query.executeStep();
    return query.getColumn(0).getInt64();
}

}  // namespace

RecordCounts record_counts(Db& db, int64_t id) {
    RecordCounts c;
    c.assignments = count(db, "SELECT count(*) FROM assignment WHERE person_id = ?", id);
    c.conversations = count(db, "SELECT count(*) FROM conversation WHERE person_id = ?", id);
    c.goals = count(db, "SELECT count(*) FROM goal WHERE person_id = ?", id);
    c.goal_notes = count(db, "SELECT count(*) FROM goal_note WHERE goal_id IN (SELECT id FROM goal WHERE person_id = ?)", id);
    c.connections = count(db, "SELECT count(*) FROM connection WHERE person_id = ?", id);
    c.contributions = count(db, "SELECT count(*) FROM contribution WHERE person_id = ?", id);
    c.avoided = count(db, "SELECT count(*) FROM avoided WHERE person_id = ?", id);
    Query audit(db, refs_in(db, "SELECT count(*) FROM audit WHERE ref IN ", ""));
    audit.bind(1, json_array(refs_of(db, id)));
    audit.executeStep();
    c.audit = audit.getColumn(0).getInt64();
    return c;
}

std::vector<std::string> refs_of(Db& db, int64_t person_id) {
    static const std::pair<char, const char*> owned[] = {
        {ref::conversation, "SELECT id FROM conversation WHERE person_id = ? ORDER BY id"},
        {ref::goal, "SELECT id FROM goal WHERE person_id = ? ORDER BY id"},
        {ref::connection, "SELECT id FROM connection WHERE person_id = ? ORDER BY id"},
        {ref::contribution, "SELECT id FROM contribution WHERE person_id = ? ORDER BY id"},
        {ref::avoided, "SELECT id FROM avoided WHERE person_id = ? ORDER BY id"},
        {ref::wellbeing, "SELECT id FROM wellbeing WHERE person_id = ? ORDER BY id"},
    };
    std::vector<std::string> out{make_ref(ref::person, person_id)};
    for (const auto& [letter, sql] : owned) {
        Query query(db, sql);
        query.bind(1, person_id);
        while (query.executeStep()) out.push_back(make_ref(letter, query.getColumn(0).getInt64()));
    }
    // Records deleted since (lac conversation delete …) are known only by the audit trail:
    // their addition names the person ("P12", "P12 kind=peer"), and a correction's or a
    // deletion's old values hold {"person": "P12"}. The rows that hold the reference at all
    // are read (LIKE, a superset on either engine: SQLite's ignores case), and each is
    // tested here, as the engines share no test of JSON.
    const std::string person = out.front();  // a copy: `out` grows below
    Query gone(db, "SELECT a.ref, a.action, a.detail FROM audit a WHERE a.ref <> ?1 "
                   "AND a.detail LIKE '%' || CAST(?1 AS TEXT) || '%' ORDER BY a.id");
    gone.bind(1, person);
    while (gone.executeStep()) {
        std::string_view detail = gone.getColumn(2).getView();
        bool added = gone.getColumn(1).getView() == "add" &&
                     (detail == person || (detail.size() > person.size() && detail.substr(0, person.size()) == person &&
                                           detail[person.size()] == ' '));
        if (!added) {
            auto json = nlohmann::json::parse(detail, nullptr, false);
            auto at = json.is_object() ? json.find("person") : json.end();
            added = json.is_object() && at != json.end() && at->is_string() && *at == person;
        }
        if (std::string ref = gone.getColumn(0).getString();
            added && std::find(out.begin(), out.end(), ref) == out.end())
            out.push_back(std::move(ref));
    }
    return out;
}

std::vector<AuditEntry> audit_for_refs(Db& db, const std::vector<std::string>& refs) {
    Query query(db, refs_in(db, "SELECT at, actor, command, action, entity, ref, detail FROM audit WHERE ref IN ",
                            " ORDER BY id"));
    query.bind(1, json_array(refs));
    std::vector<AuditEntry> out;
    auto text = [&](int i) { return query.getColumn(i).getString(); };
    while (query.executeStep()) out.push_back({text(0), text(1), text(2), text(3), text(4), text(5), text(6)});
    return out;
}

void blank_person(Db& db, int64_t person_id, Date on) {
    static const char* const blank[] = {
        "UPDATE person SET name = NULL, name_key = NULL, area = '', gifts = '', birth_year = NULL, next_on = NULL "
        "WHERE id = ?1",
        "UPDATE conversation SET note = '' WHERE person_id = ?1 AND note <> ''",
        "UPDATE goal SET text = '' WHERE person_id = ?1",
        "UPDATE goal_note SET note = '' WHERE goal_id IN (SELECT id FROM goal WHERE person_id = ?1) AND note <> ''",
        "UPDATE connection SET \"natural\" = '' WHERE person_id = ?1 AND \"natural\" IS NOT NULL",
        "UPDATE contribution SET what = '' WHERE person_id = ?1",
        "UPDATE avoided SET evidence = '' WHERE person_id = ?1",
        // Their wellbeing answers are theirs alone, and no past count rests on them: gone.
        "DELETE FROM wellbeing WHERE person_id = ?1",
    };
    for (const char* sql : blank) {
        Query update(db, sql);
        update.bind(1, person_id);
        update.exec();
    }
    remove_name_parts(db, Named::person, person_id);
    Query mark(db, "UPDATE person SET forgotten_on = ? WHERE id = ?");
    mark.bind(1, to_iso(on));
    mark.bind(2, person_id);
    mark.exec();
}

void blank_audit_details(Db& db, const std::vector<std::string>& refs) {
    Query update(db, refs_in(db, "UPDATE audit SET detail = '' WHERE ref IN ", " AND detail <> ''"));
    update.bind(1, json_array(refs));
    update.exec();
}

const char* free_text_kind(int column) { return text_columns[column].kind; }
bool is_audit_detail(int column) { return column == audit_column; }

void each_free_text(Db& db, const std::function<void(const FreeText&)>& each) {
    for (int column = 0; column < int(std::size(text_columns)); ++column) {
        const auto& c = text_columns[column];
        Query query(db, c.select);
        FreeText t;
        t.column = column;
        while (query.executeStep()) {
            t.row = query.getColumn(0).getInt64();
            t.owner = query.getColumn(1).isNull() ? 0 : query.getColumn(1).getInt64();
            t.ref = c.letter ? make_ref(c.letter, query.getColumn(2).getInt64()) : query.getColumn(2).getString();
            t.text = query.getColumn(3).getString();
            each(t);
        }
    }
}

void set_free_text(Db& db, const FreeText& where, const std::string& text) {
    Query update(db, text_columns[where.column].update);
    update.bind(1, text);
    update.bind(2, where.row);
    update.exec();
}

std::vector<int64_t> closed_unforgotten_before(Db& db, Date cutoff) {
    Query query(db, "SELECT id FROM person WHERE status = 'closed' AND closed_on < ? "
                    "AND forgotten_on IS NULL ORDER BY id");
    query.bind(1, to_iso(cutoff));
    std::vector<int64_t> out;
    while (query.executeStep()) out.push_back(query.getColumn(0).getInt64());
    return out;
}

std::vector<std::pair<int64_t, std::string>> named_people(Db& db) {
    Query query(db, "SELECT id, name FROM person WHERE name IS NOT NULL ORDER BY id");
    std::vector<std::pair<int64_t, std::string>> out;
    while (query.executeStep()) out.emplace_back(query.getColumn(0).getInt64(), query.getColumn(1).getString());
    return out;
}

std::vector<int64_t> peers_of(Db& db, int64_t person_id) {
    Query query(db, "SELECT peer_id FROM connection WHERE person_id = ?1 AND peer_id IS NOT NULL "
                    "UNION SELECT person_id FROM connection WHERE peer_id = ?1");
    query.bind(1, person_id);
    std::vector<int64_t> out;
    while (query.executeStep()) out.push_back(query.getColumn(0).getInt64());
    return out;
}

bool checkpoint_wal(Db& db) {
    // PostgreSQL: the server's write-ahead log and old row versions are the server's to clear
    // (VACUUM, its WAL archive), not lac's, which says so (ForgetResult::on_server).
    if (rows::postgresql(db)) return true;
    try {
        Query checkpoint(db, "PRAGMA wal_checkpoint(TRUNCATE)");
        return checkpoint.executeStep() && checkpoint.getColumn(0).getInt() == 0;
    } catch (const Error&) {
        // After the commit: the change is saved, and saying otherwise (a full disk is
        // exit 74, "nothing was saved") would be false. The next checkpoint finishes it.
        return false;
    }
}

}  // namespace lac::store
