// lac import on a PostgreSQL server (lib/lac/import, store/bulk_rows_postgres.*): the rows a
// file adds are held and written together by COPY, yet the result is SQLite's: the same
// conversations with the same ids, the same counts added and already here, the same audit
// entries, the same counter for the next id. By the owner of lac's tables (COPY into the
// table, the id trigger off) and by a lead whom row-level security binds (COPY into a
// temporary table, then INSERT … SELECT). A bad row anywhere in the file writes nothing.
#include <doctest/doctest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "lac/demo/demo.hpp"
#include "lac/domain/config.hpp"
#include "lac/domain/session.hpp"
#include "lac/import/import.hpp"
#include "lac/store/db.hpp"
#include "postgres_helpers.hpp"
#include "test_helpers.hpp"

using lac::Db;
using Lines = std::vector<std::string>;

namespace {

const char* const lead = "lac_import_lead";  // a server role: the cluster's, so dropped after
const lac::Date today = lac::make_date(2026, 11, 23);

Lines lines(Db& db, const std::string& sql) {
    Lines out;
    db.read([&] {
        lac::Query q(db, sql);
        while (q.executeStep()) {
            std::string line;
            for (int i = 0; i < q.getColumnCount(); ++i)
                line += (i ? "|" : "") + (q.getColumn(i).isNull() ? "NULL" : q.getColumn(i).getString());
            out.push_back(line);
        }
    });
    return out;
}

// The same demo in SQLite and in two server databases: one the owner imports into, one a
// member of lac_admin imports into (not the owner, so bound by row-level security, and COPY
// refused it; an administrator, so it may keep a new record's own reference, which only
// lac's administrator may on a server: importers::own_reference); some people left with no
// conversation, so that
// the import meets both people with a history and people without.
struct Stores {
    TempDir dir;
    pg_test::FreshDatabase owner_db{"lac_import_owner"}, lead_db{"lac_import_lead"};
    lac::Config config = lac::load_config(std::nullopt);
    std::unique_ptr<pg_test::AdministratorLogin> login;  // made once lead_db has its tables
    std::unique_ptr<Db> sqlite, owner, as_lead;

    Stores() {
        bool created = false;
        sqlite = Db::create(dir.path / "lac.db", {}, created);
        owner = Db::create(pg_test::url(owner_db.name), {}, created);
        auto lead_made = Db::create(pg_test::url(lead_db.name), {}, created);
        for (Db* db : {sqlite.get(), owner.get(), lead_made.get()}) {
            db->set_actor(lead, "demo");
            lac::Session s{*db, config, today};
            lac::fill_demo(s, {3, 30, 5});
            db->write([&] { lac::Query(*db, "DELETE FROM conversation WHERE person_id <= 10").exec(); });
            db->set_actor(lead, "import conversations");
        }
        lead_made.reset();
        login = std::make_unique<pg_test::AdministratorLogin>(lead, lead_db);
        as_lead = Db::open(pg_test::url(lead_db.name, lead), {});
        as_lead->set_actor(lead, "import conversations");
    }
    std::vector<Db*> all() { return {sqlite.get(), owner.get(), as_lead.get()}; }

    lac::ImportResult import(Db& db, const std::string& csv) {
        lac::Session s{db, config, today};
        std::istringstream in(csv);
        lac::ImportRequest request;
        request.entity = "conversations";
        return lac::import_csv(s, request, in);
    }
};

Stores& stores() {
    static Stores made;
    return made;
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// A file of conversations: every one here already (half by reference, half by content), each
// again with a new note (twice for some: the second is already here by then), notes that COPY
// must escape, an explicit new reference in the middle (twice running), and rows for the
// people who had none (twice each).
std::string conversations_file(Db& db) {
    auto here = lines(db, "SELECT v.id, v.person_id, c.handle, v.on_date, v.minutes, v.mode, v.note, v.at_time "
                          "FROM conversation v JOIN coordinator c ON c.id = v.coordinator_id ORDER BY v.id");
    auto max_id = std::stoll(lines(db, "SELECT max(id) FROM conversation")[0]);
    std::string csv = "conversation,person,coordinator,date,minutes,mode,note,time\n";
    int n = 0;
    for (const auto& line : here) {
        std::vector<std::string> f;
        std::stringstream in(line);
        for (std::string cell; std::getline(in, cell, '|');) f.push_back(cell == "NULL" ? "" : cell);
        f.resize(8);
        auto row = [&](const std::string& ref, const std::string& note) {
            std::string line =
                fmt::format("{},P{},{},{},{},{},{},{}\n", ref, f[1], f[2], f[3], f[4], f[5], quoted(note), f[7]);
            csv += line;
            return line;
        };
        row(n % 2 ? "C" + f[0] : "", f[6]);
        row("", fmt::format("again {}: a tab\there, a back\\slash, \"quoted\", a line\nbreak", n));
        if (n % 7 == 0) row("", fmt::format("again {}: a tab\there, a back\\slash, \"quoted\", a line\nbreak", n));
        if (n == int(here.size()) / 2) csv += row(fmt::format("C{}", max_id + 100000), "explicit");  // twice
        ++n;
    }
    for (const auto& person : lines(db, "SELECT id || ',,' || opened_on FROM person WHERE id <= 10 "
                                        "AND forgotten_on IS NULL ORDER BY id"))
        for (int twice = 0; twice < 2; ++twice) csv += fmt::format(",P{},20,phone,first again,\n", person);
    return csv;
}

Lines conversations(Db& db) {
    return lines(db, "SELECT id, person_id, coordinator_id, on_date, at_time, minutes, mode, note, recorded_by "
                     "FROM conversation ORDER BY id");
}
Lines audit(Db& db) {
    return lines(db, "SELECT actor, command, action, entity, ref, detail FROM audit "
                     "WHERE command = 'import conversations' ORDER BY id");
}
// The highest id the table has had, below which no new row takes one.
std::string counter(Db& db) {
    return lines(db, db.on_server() ? "SELECT greatest(seq, (SELECT max(id) FROM conversation)) FROM lac_sequence "
                                      "WHERE name = 'conversation'"
                                    : "SELECT seq FROM sqlite_sequence WHERE name = 'conversation'")[0];
}

}  // namespace

TEST_CASE("an import on a server adds what it adds on SQLite: the same rows, ids, audit entries and counter") {
    Stores& s = stores();
    const std::string csv = conversations_file(*s.sqlite);
    auto on_sqlite = s.import(*s.sqlite, csv);
    CAPTURE(on_sqlite.problems.empty() ? std::string() : on_sqlite.problems[0]);
    CAPTURE(on_sqlite.differences.empty() ? std::string() : on_sqlite.differences[0]);
    REQUIRE(on_sqlite.problems.empty());
    REQUIRE(on_sqlite.differences.empty());
    CHECK(on_sqlite.added > 1000);  // the audit entries too go by COPY from 1,000
    CHECK(on_sqlite.already > 100);
    for (Db* db : {s.owner.get(), s.as_lead.get()}) {
        CAPTURE(db->where());
        auto result = s.import(*db, csv);
        CHECK(result.rows == on_sqlite.rows);
        CHECK(result.added == on_sqlite.added);
        CHECK(result.already == on_sqlite.already);
        CHECK(result.problems.empty());
        CHECK(conversations(*db) == conversations(*s.sqlite));
        CHECK(audit(*db).size() == audit(*s.sqlite).size());
        CHECK(audit(*db) == audit(*s.sqlite));
        CHECK(counter(*db) == counter(*s.sqlite));
    }
    // The trigger is on again after the owner's import: the next row without an id takes the next.
    for (Db* db : s.all())
        db->write([&] {
            lac::Query(*db, "INSERT INTO conversation (person_id, coordinator_id, on_date, mode, note, recorded_at, "
                            "recorded_by) VALUES (1, 1, '2026-11-01', 'phone', 'after', lac_now(), 'x')")
                .exec();
        });
    CHECK(conversations(*s.owner) == conversations(*s.sqlite));
    CHECK(conversations(*s.as_lead) == conversations(*s.sqlite));
}

TEST_CASE("an import on a server with one bad row, after thousands written together, writes nothing") {
    Stores& s = stores();
    std::string csv = "person,date,minutes,mode,note\n";
    auto people = lines(*s.sqlite, "SELECT id || ',' || opened_on FROM person WHERE forgotten_on IS NULL ORDER BY id");
    for (int i = 0; i < 1500; ++i) csv += fmt::format("P{},30,phone,more {}\n", people[i % people.size()], i);
    csv += "P12,2026-02-30,30,phone,not a day\n";
    for (Db* db : s.all()) {
        CAPTURE(db->where());
        auto rows = conversations(*db);
        auto trail = audit(*db);
        auto next = counter(*db);
        auto result = s.import(*db, csv);
        CAPTURE(result.problems[0]);
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].rfind("line 1502: ", 0) == 0);
        CHECK(conversations(*db) == rows);
        CHECK(audit(*db) == trail);
        CHECK(counter(*db) == next);
    }
}

TEST_CASE("rows the server refuses when they are written together end the import there, and nothing is written") {
    Stores& s = stores();
    // A check of the server's own that lac's checks do not make: the rows held meet it at COPY
    // (or at the INSERT from the temporary table), not when their line is read.
    for (auto* fresh : {&s.owner_db, &s.lead_db})
        (*fresh)->execute("ALTER TABLE conversation ADD CONSTRAINT lac_test_refused CHECK (note <> 'refused')");
    std::string csv = "person,date,minutes,mode,note\n";
    auto people = lines(*s.sqlite, "SELECT id || ',' || opened_on FROM person WHERE forgotten_on IS NULL ORDER BY id");
    for (int i = 0; i < 20; ++i)
        csv += fmt::format("P{},30,phone,{}\n", people[i % people.size()], i == 3 ? "refused" : "fine");
    for (Db* db : {s.owner.get(), s.as_lead.get()}) {
        CAPTURE(db->where());
        auto rows = conversations(*db);
        auto trail = audit(*db);
        auto next = counter(*db);
        auto [code, message] = pg_test::error_of([&] { s.import(*db, csv); });
        CHECK(code == lac::ExitCode::data);
        CHECK(message.find("the rows read so far could not be written: the database refused the change") !=
              std::string::npos);
        CHECK(conversations(*db) == rows);
        CHECK(audit(*db) == trail);
        CHECK(counter(*db) == next);
    }
    for (auto* fresh : {&s.owner_db, &s.lead_db})
        (*fresh)->execute("ALTER TABLE conversation DROP CONSTRAINT lac_test_refused");
}

TEST_CASE("a record this file added is here for the file's later rows, whatever its id, on either engine") {
    Stores& s = stores();
    for (Db* db : s.all()) {
        CAPTURE(db->where());
        auto person = lines(*db, "SELECT id || ',' || opened_on FROM person WHERE forgotten_on IS NULL ORDER BY id")[0];
        int64_t next = std::stoll(lines(*db, "SELECT max(id) FROM conversation")[0]) + 500;
        // Above every id here: is_here need not ask the database, but for the ids added since.
        auto result = s.import(*db, fmt::format("conversation,person,date,minutes,mode,note\n"
                                                "C{0},P{1},20,phone,own\n"
                                                "C{0},P{1},20,phone,own\n"        // the row above: already
                                                ",P{1},20,phone,drawn\n"          // takes C{2}
                                                "C{2},P{1},20,phone,drawn\n",     // that one: already
                                                next, person, next + 1));
        CAPTURE(result.problems.empty() ? std::string() : result.problems[0]);
        CAPTURE(result.differences.empty() ? std::string() : result.differences[0]);
        CHECK(result.added == 2);
        CHECK(result.already == 2);
        auto other = s.import(*db, fmt::format("conversation,person,date,minutes,mode,note\n"
                                               "C{0},P{1},20,phone,own\n"
                                               "C{0},P{1},20,phone,changed\n",
                                               next + 2, person));
        REQUIRE(other.differences.size() == 1);
        CHECK(other.differences[0] ==
              fmt::format("line 3: C{} note is 'changed' in the file, 'own' here", next + 2));
    }
    CHECK(conversations(*s.owner) == conversations(*s.sqlite));
    CHECK(conversations(*s.as_lead) == conversations(*s.sqlite));
}
