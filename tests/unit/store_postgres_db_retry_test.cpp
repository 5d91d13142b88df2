// A command's transaction on a PostgreSQL server run again when it loses to another
// (lib/lac/store/db.cpp, Db::write and Db::read; the policy is engine/postgres_transaction's
// pg_retrying): a serialization failure or a deadlock (40001, 40P01) raised for real by the
// server, from a trigger on INSERT, at COMMIT, or from a policy on a read, for as many tries
// as a table says. A sequence counts the tries, since nextval() is not rolled back with them.
// Through the domain's calls, as the commands make them: lac log saved once; each read's
// answer the same after a try lost at any point of it; what cannot be done twice (an import,
// a demo, the read of a copy's source) and a held transaction given up at once.
#include <doctest/doctest.h>

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "lac/demo/demo.hpp"
#include "lac/domain/caseload.hpp"
#include "lac/domain/conversations.hpp"
#include "lac/domain/copy.hpp"
#include "lac/domain/due.hpp"
#include "lac/domain/evaluation.hpp"
#include "lac/domain/forget.hpp"
#include "lac/domain/people.hpp"
#include "lac/domain/search.hpp"
#include "lac/domain/team.hpp"
#include "lac/import/import.hpp"
#include "lac/report/extract.hpp"
#include "lac/report/summary.hpp"
#include "lac/report/timeline.hpp"
#include "lac/store/db.hpp"
#include "lac/store/engine/postgres_transaction.hpp"
#include "postgres_helpers.hpp"

using lac::Db;
using lac::ExitCode;
using lac::store::pg_attempts;
using pg_test::error_of;
using pg_test::FreshDatabase;
using pg_test::number;

namespace {

// Makes the server fail lac's transactions: lac_test.lose(at) raises `code` while fewer than
// `failures` tries have been counted, or at the call numbered `at_call` alone, when `at` is
// the place set ('insert': a trigger before a conversation is inserted; 'commit': a deferred
// one, at COMMIT; 'read': a policy on person, called for each row of it a query reads).
// In a schema of its own, where lac looks for none of its tables (lac demo copies them all).
const char* const losing = R"SQL(
CREATE SCHEMA lac_test;
CREATE SEQUENCE lac_test.tries;
CREATE TABLE lac_test.failing (failures int NOT NULL, code text NOT NULL, at text NOT NULL, at_call int NOT NULL);
INSERT INTO lac_test.failing VALUES (0, '40001', 'insert', 0);
CREATE FUNCTION lac_test.lose(place text) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE f lac_test.failing; n bigint;
BEGIN
    SELECT * INTO f FROM lac_test.failing;
    IF f.at = place THEN
        n := nextval('lac_test.tries');
        IF n <= f.failures OR n = f.at_call THEN
            RAISE EXCEPTION 'made to lose, try %', currval('lac_test.tries') USING ERRCODE = f.code;
        END IF;
    END IF;
    RETURN true;
END $$;
CREATE FUNCTION lac_test.lose_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM lac_test.lose('insert'); RETURN NEW; END $$;
CREATE FUNCTION lac_test.lose_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM lac_test.lose('commit'); RETURN NEW; END $$;
CREATE TRIGGER lac_test_lose BEFORE INSERT ON conversation FOR EACH ROW EXECUTE FUNCTION lac_test.lose_insert();
CREATE CONSTRAINT TRIGGER lac_test_lose_at_commit AFTER INSERT ON conversation DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION lac_test.lose_commit();
CREATE POLICY lac_test_lose ON person AS RESTRICTIVE FOR SELECT USING (lac_test.lose('read'));
)SQL";

// A lac database on the server where asha walks alongside Mary Hill (P1, whom she has met
// once) and her namesake (P2, closed since), and ben alongside Tom Hughes (P3); and the
// failures above.
struct Losing {
    FreshDatabase fresh;
    lac::Config config = lac::load_config(std::nullopt);
    std::unique_ptr<Db> db;
    std::unique_ptr<lac::Session> session;

    // `empty`: lac init's database, with no one in it.
    explicit Losing(const std::string& name, bool empty = false) : fresh(name) {
        bool created = false;
        db = Db::create(pg_test::url(name), {}, created, [&](Db& made) {
            made.set_actor("asha", "test");
            if (empty) return;
            lac::Session s{made, config, lac::make_date(2026, 11, 23)};
            lac::CoordinatorFields c;
            c.name = "Asha Patel";
            lac::add_coordinator(s, "asha", c);
            c.name = "Ben O'Neill";
            lac::add_coordinator(s, "ben", c);  // a second group, read after asha's
            lac::PersonFields p;
            p.name = "Mary Hill";
            p.opened_on = lac::make_date(2026, 9, 1);
            lac::add_person(s, p, "");
            lac::add_person(s, p, "");  // P2, her namesake
            p.name = "Tom Hughes";
            lac::add_person(s, p, "ben");  // P3
            lac::ConversationFields f;
            f.person = "P1";
            f.on = lac::make_date(2026, 11, 2);
            f.note = "met Mary at the library";
            lac::log_conversation(s, f);
            lac::close_person(s, "P2", "moved", lac::make_date(2026, 11, 10));
        });
        fresh->execute(losing);
        session = std::make_unique<lac::Session>(lac::Session{*db, config, lac::make_date(2026, 11, 23)});
    }
    lac::Session& s() { return *session; }
    // From now on, the first `failures` tries (counted from here) at `at` fail with `code`.
    // Or, with `at_call`, only the call numbered so.
    void lose(int failures, const std::string& at = "insert", const std::string& code = "40001", int at_call = 0) {
        // setval(), not ALTER SEQUENCE, which would wait for a held transaction that drew from it.
        fresh->execute(fmt::format("SELECT setval('lac_test.tries', 1, false); UPDATE lac_test.failing SET "
                                   "failures = {}, code = '{}', at = '{}', at_call = {}",
                                   failures, code, at, at_call));
    }
    int64_t tries() {
        return number(*fresh, "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM lac_test.tries");
    }
    int64_t count(const std::string& sql) { return number(*fresh, sql); }
    lac::Conversation log() {
        lac::ConversationFields f;
        f.person = "P1";
        f.note = "walked to the library";
        return lac::log_conversation(s(), f);
    }
};

// The same database read as a login of the server's own, whom the policy on person binds
// (it binds neither the tables' owner nor a superuser), allowed to read every team. The role
// is the cluster's, so it is dropped again however the case ends.
struct Reader : Losing {
    const std::string role = "lac_retry_reader";
    std::unique_ptr<lac::store::PgConnection> admin = pg_test::admin();
    std::unique_ptr<Db> reader;
    std::unique_ptr<lac::Session> reading;

    explicit Reader(const std::string& name) : Losing(name) {
        admin->execute(fmt::format("DROP ROLE IF EXISTS {0}; CREATE ROLE {0} LOGIN", role));
        fresh->execute(fmt::format("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {0}; "
                                   "GRANT USAGE ON SCHEMA lac_test TO {0}; "
                                   "INSERT INTO lac_access (role, team) VALUES ('{0}', '*')",
                                   role));
        reader = Db::open(pg_test::url(name, role), {});
        reader->set_actor(role, "test");
        reading = std::make_unique<lac::Session>(lac::Session{*reader, config, session->today});
    }
    ~Reader() {
        reading.reset();
        reader.reset();
        try {
            fresh->execute(fmt::format("DROP OWNED BY {}", role));
            admin->execute(fmt::format("DROP ROLE {}", role));
        } catch (...) {
        }
    }
    lac::Session& s() { return *reading; }
};

// Those lac log adds to the one the database starts with.
const char* const conversations = "SELECT count(*) - 1 FROM conversation";
const char* const audited = "SELECT count(*) - 1 FROM audit WHERE entity = 'conversation'";

}  // namespace

TEST_CASE("lac log that loses to another transaction is run again: one conversation, one audit entry") {
    Losing pg("lac_retry_log");
    SUBCASE("a serialization failure on the insert, twice") { pg.lose(2, "insert", "40001"); }
    SUBCASE("a deadlock, at every try but the last") { pg.lose(pg_attempts - 1, "insert", "40P01"); }
    SUBCASE("a serialization failure at COMMIT") { pg.lose(2, "commit", "40001"); }
    const int64_t lost = number(*pg.fresh, "SELECT failures FROM lac_test.failing");
    auto c = pg.log();
    CHECK(pg.tries() == lost + 1);
    CHECK(pg.count(conversations) == 1);
    CHECK(pg.count(audited) == 1);
    // The tries rolled back left no gap in the ids: the conversation returned is the one saved.
    CHECK(c.id == 2);
    CHECK(pg.count("SELECT count(*) FROM conversation WHERE id = 2 AND note = 'walked to the library'") == 1);
}

TEST_CASE("lac log that loses at every try is given up after a bounded number: 69, one line, nothing written") {
    Losing pg("lac_retry_never");
    SUBCASE("on the insert") { pg.lose(1000, "insert", "40P01"); }
    SUBCASE("at COMMIT") { pg.lose(1000, "commit", "40001"); }
    const int64_t audit_before = pg.count("SELECT count(*) FROM audit");
    auto [code, message] = error_of([&] { pg.log(); });
    CHECK(code == ExitCode::busy);
    CHECK(pg.tries() == pg_attempts);
    CHECK(message.find(fmt::format("at each of {} tries", pg_attempts)) != std::string::npos);
    CHECK(message.find("made to lose") != std::string::npos);  // the server's own words
    CHECK(message.find("nothing was saved; run it again") != std::string::npos);
    CHECK(message.find('\n') == std::string::npos);
    CHECK(pg.count(conversations) == 0);
    CHECK(pg.count("SELECT count(*) FROM audit") == audit_before);
    // The connection is fit for the next command.
    pg.lose(0);
    CHECK(pg.log().id == 2);
}

TEST_CASE("a held transaction is not run again: what the command printed about it is out already") {
    Losing pg("lac_retry_held");
    pg.db->hold_commits();
    pg.lose(1);
    pg.log();  // the first write, before the hold: run again, then held
    CHECK(pg.tries() == 2);
    CHECK(pg.db->holding());

    SUBCASE("a later write of the command, a savepoint of the held transaction, fails at once") {
        pg.lose(1000);
        auto [code, message] = error_of([&] { pg.log(); });
        CHECK(code == ExitCode::busy);
        CHECK(pg.tries() == 1);
        CHECK(message.find("nothing was saved; run it again") != std::string::npos);
        CHECK(message.find('\n') == std::string::npos);
    }
    SUBCASE("its COMMIT fails at once") {
        pg.lose(1000, "commit");
        auto [code, message] = error_of([&] { pg.db->commit_held(); });
        CHECK(code == ExitCode::busy);
        CHECK(pg.tries() == 1);
        CHECK(message.find("nothing was saved; run it again") != std::string::npos);
        CHECK_FALSE(pg.db->holding());
    }
    pg.db.reset();  // the command ends with its error: what it held is rolled back
    CHECK(pg.count(conversations) == 0);
    CHECK(pg.count(audited) == 0);
}

TEST_CASE("a read that loses is run again too, and given up after as many tries") {
    Reader pg("lac_retry_read");
    auto& s = pg.s();
    pg.lose(2, "read");
    CHECK(lac::list_people(s, {}).size() == 3);
    CHECK(pg.tries() >= 3);  // two tries lost, then each row the third read checked

    // An extract run again before any of it was written out is written out once.
    pg.lose(2, "read");
    std::ostringstream extract;
    CHECK(lac::write_extract(s, {"people"}, extract) == 3);
    const std::string written = extract.str();
    CHECK(std::count(written.begin(), written.end(), '\n') == 4);  // its heading and three rows

    pg.lose(1000, "read", "40P01");
    auto [code, message] = error_of([&] { lac::list_people(s, {}); });
    CHECK(code == ExitCode::busy);
    CHECK(pg.tries() == pg_attempts);  // each try stopped at its first row
    CHECK(message.find(fmt::format("at each of {} tries", pg_attempts)) != std::string::npos);
    CHECK(message.find('\n') == std::string::npos);
}

TEST_CASE("each read of a command gives, after a try lost at any point of it, what it gives with none") {
    Reader pg("lac_retry_reads");
    auto& s = pg.s();
    const lac::Date today = s.today;
    using Answer = std::vector<size_t>;  // what may come out twice, or be left from a try lost
    const std::pair<std::string, std::function<Answer()>> reads[] = {
        {"person show", [&] { auto r = lac::person_record(s, "P1", 5);
                              return Answer{r.recent.size(), size_t(r.conversation_count)}; }},
        {"namesakes", [&] { return Answer{lac::namesakes(s, lac::person_record(s, "P1", 0).person).size()}; }},
        {"caseload", [&] { auto c = lac::compute_caseload(s, {"", "", true});
                           return Answer{c.groups.size(), c.groups.at(0).people.size()}; }},
        {"due", [&] { return Answer{lac::compute_due(s, {"asha", "60"}).people.size()}; }},
        {"search", [&] { return Answer{lac::search(s, "Mary", true).hits.size()}; }},
        {"timeline", [&] { return Answer{lac::person_timeline(s, "P1").entries.size()}; }},
        {"coordinator list", [&] { return Answer{lac::list_coordinators(s, "", true).size()}; }},
        {"summary", [&] { auto m = lac::compute_summary(s, lac::summary_period("2026-W45", {}, {}, today), "", true);
                          return Answer{m.coordinators.size(), size_t(m.team_keys.caseload),
                                        size_t(m.team_keys.conversations), m.recent_weeks.size()}; }},
        {"evaluate", [&] { auto e = lac::evaluate(s, lac::evaluation_period({}, {}, {}, today), "", false);
                           return Answer{e.measures.size(), e.left_out.size(), e.avoided.size(),
                                         size_t(e.conversations.count)}; }},
        {"person forget, a dry run", [&] { auto f = lac::forget_people(s, {"P2"});
                                           return Answer{f.people.size(), f.people.at(0).mentions.size()}; }},
    };
    for (const auto& [name, read] : reads) {
        pg.lose(0, "read");
        const Answer clean = read();
        const int64_t calls = pg.tries();  // of the policy, a row of person each
        CHECK_MESSAGE(calls > 0, name);
        for (int call = 1; call <= calls; ++call) {
            pg.lose(0, "read", "40001", call);
            CHECK_MESSAGE(read() == clean, name, " lost at call ", call, " of ", calls);
        }
    }
}

TEST_CASE("work that cannot be done twice is given up at once: an import, a demo, the read of a copy") {
    Losing pg("lac_retry_once");
    pg.lose(1);
    std::istringstream csv("person,date,note\nP1,2026-11-02,from a file\n");
    auto [code, message] = error_of([&] { lac::import_csv(pg.s(), {"conversations"}, csv); });
    CHECK(code == ExitCode::busy);
    CHECK(pg.tries() == 1);
    CHECK(message.find("nothing was saved; run it again") != std::string::npos);
    CHECK(pg.count(conversations) == 0);

    // Nor lac demo, whose scratch file the first try has filled.
    Losing blank("lac_retry_demo", true);
    blank.lose(1);
    auto [demo_code, demo_message] = error_of([&] { lac::fill_demo(blank.s(), {1, 2, 7}); });
    CHECK_MESSAGE(demo_code == ExitCode::busy, demo_message);
    CHECK(blank.tries() == 1);
    CHECK(blank.count("SELECT count(*) FROM person") == 0);

    // Nor the read of lac copy's source, which copies into the target's open transaction.
    Reader source("lac_retry_copy");
    source.lose(1, "read");
    char dir[] = "/tmp/lac-retry-XXXXXX";
    REQUIRE(::mkdtemp(dir));
    const std::string to = std::string(dir) + "/copy.db";
    auto [copy_code, copy_message] = error_of([&] { lac::copy_database(source.s(), {to}); });
    CHECK_MESSAGE(copy_code == ExitCode::busy, copy_message);
    CHECK(source.tries() == 1);
    CHECK_FALSE(std::filesystem::exists(to));
    std::filesystem::remove_all(dir);

    // The same at the level of Db: work that has said so (an extract whose rows are out) is
    // not run again; the next transaction may be.
    pg.lose(1000);
    int runs = 0;
    auto [again, said] = error_of([&] {
        pg.db->write([&] {
            ++runs;
            pg.db->cannot_repeat();
            pg.log();
        });
    });
    CHECK(again == ExitCode::busy);
    CHECK(runs == 1);
    pg.lose(1);
    CHECK(pg.log().id == 2);
    CHECK(pg.tries() == 2);
}
