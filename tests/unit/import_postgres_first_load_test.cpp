// A programme's first load on a PostgreSQL server (lac import into a database whose tables
// hold nothing yet, by the login that owns them): read into a private scratch SQLite file
// and copied in with COPY (fill_in_scratch), with the result an import into a file has, and
// the one a login bound by row-level security has row by row. All of it or nothing.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "lac/demo/demo.hpp"
#include "lac/domain/config.hpp"
#include "lac/domain/session.hpp"
#include "lac/import/import.hpp"
#include "lac/report/extract.hpp"
#include "lac/store/copy.hpp"
#include "lac/store/db.hpp"
#include "postgres_helpers.hpp"
#include "test_helpers.hpp"

namespace fs = std::filesystem;
using lac::Db;

namespace {

const char* const lead = "lac_first_load_lead";  // a server role: the cluster's, so dropped after
const lac::Date today = lac::make_date(2026, 11, 23);

std::map<std::string, std::string> files_in(const fs::path& dir) {
    std::map<std::string, std::string> out;
    for (const auto& entry : fs::directory_iterator(dir)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        out[entry.path().filename().string()] = text.str();
    }
    return out;
}

std::string join(const std::set<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

std::vector<std::string> trail_of_import(Db& db) {
    std::vector<std::string> out;
    db.read([&] {
        lac::Query q(db, "SELECT actor || '|' || action || '|' || entity || '|' || coalesce(ref, '') || '|' || "
                         "coalesce(detail, '') FROM audit WHERE command = 'import all' ORDER BY id");
        while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    });
    return out;
}

// What an import saw of its scratch directory when it copied it in: TMPDIR's entries, each
// with its mode and what it holds.
struct Watch {
    fs::path tmp;
    std::vector<std::string> stages, scratch;
    lac::Progress progress() {
        return lac::Progress([this](const lac::ProgressStep& step) {
            std::string stage(step.stage);
            if (stages.empty() || stages.back() != stage) stages.push_back(stage);
            if (stage != "copying to the server" || !scratch.empty()) return;
            auto mode = [](const fs::path& path) {
                struct stat st {};
                ::stat(path.c_str(), &st);
                return fmt::format("{:o}", st.st_mode & 0777);
            };
            for (const auto& entry : fs::directory_iterator(tmp)) {
                std::set<std::string> held;  // the file, and any -wal, -shm or -journal beside it
                for (const auto& inner : fs::directory_iterator(entry.path()))
                    held.insert(mode(inner.path()) + " " + inner.path().filename().string());
                scratch.push_back(mode(entry.path()) + ": " + join(held));
            }
        });
    }
    bool copied() const {
        for (const auto& s : stages)
            if (s == "copying to the server") return true;
        return false;
    }
};

}  // namespace

TEST_CASE("a programme's first load on a server goes through a private scratch file, with a file's result") {
    TempDir work, tmp;
    TmpDirIs scratch_under(tmp.path);
    lac::Config config = lac::load_config(std::nullopt);
    bool created = false;

    // The record to load: a demo, exported whole and identified, as a team moving to a server would.
    auto source = Db::create(work.path / "source.db", {}, created);
    source->set_actor(lead, "demo");
    {
        lac::Session s{*source, config, today};
        lac::fill_demo(s, {3, 30, 5});
        lac::export_all(s, (work.path / "all").string(), true);
    }
    // A copy of it with one bad row last of all: the import reads every file, then writes nothing.
    fs::copy(work.path / "all", work.path / "bad");
    std::ofstream(work.path / "bad" / "wellbeing.csv", std::ios::app) << "too,few\n";

    pg_test::FreshDatabase as_owner{"lac_first_load_owner"}, as_lead{"lac_first_load_lead"};
    auto owner = Db::create(pg_test::url(as_owner.name), {}, created);
    Db::create(pg_test::url(as_lead.name), {}, created).reset();
    pg_test::AdministratorLogin login(lead, as_lead);
    auto bound = Db::open(pg_test::url(as_lead.name, lead), {});
    auto file = Db::create(work.path / "file.db", {}, created);

    auto import = [&](Db& db, const std::string& dir, Watch& watch, bool dry_run = false) {
        db.set_actor(lead, "import all");
        lac::Session s{db, config, today};
        lac::ImportRequest request;
        request.dry_run = dry_run;
        return lac::import_all(s, (work.path / dir).string(), request, watch.progress());
    };
    auto empty = [](Db& db) {
        bool holds = true;
        db.read([&] { holds = lac::store::holds_rows(db, "audit"); });
        return !holds;
    };

    SUBCASE("a bad row, or a dry run, writes nothing and leaves no scratch file") {
        Watch bad{tmp.path}, dry{tmp.path};
        auto refused = import(*owner, "bad", bad);
        CHECK(refused.bad());
        CHECK_FALSE(bad.copied());
        auto tried = import(*owner, "all", dry, true);
        CHECK_FALSE(tried.bad());
        CHECK_FALSE(dry.copied());
        CHECK(empty(*owner));
        CHECK(trail_of_import(*owner).empty());
        CHECK(fs::is_empty(tmp.path));
    }

    SUBCASE("the owner's load, the bound lead's and a file's give the same record and trail") {
        Watch to_owner{tmp.path}, to_lead{tmp.path}, to_file{tmp.path};
        auto loaded = import(*owner, "all", to_owner);
        CHECK_FALSE(loaded.bad());
        // Through a scratch file only for the owner of an empty database; private, and gone after.
        CHECK(to_owner.copied());
        REQUIRE(to_owner.scratch.size() == 1);
        CHECK(to_owner.scratch[0] == "700: 600 import.db");
        CHECK(fs::is_empty(tmp.path));
        CHECK_FALSE(import(*bound, "all", to_lead).bad());
        CHECK_FALSE(to_lead.copied());
        CHECK_FALSE(import(*file, "all", to_file).bad());
        CHECK_FALSE(to_file.copied());

        std::map<std::string, std::map<std::string, std::string>> exported;
        for (auto [name, db] : {std::pair{"owner", owner.get()}, {"lead", bound.get()}, {"file", file.get()}}) {
            db->set_actor(lead, "export all");
            lac::Session s{*db, config, today};
            lac::export_all(s, (work.path / name).string(), true);
            exported[name] = files_in(work.path / name);
        }
        CHECK(exported["owner"].size() == 12);
        CHECK(exported["owner"] == files_in(work.path / "all"));
        CHECK(exported["owner"] == exported["file"]);
        CHECK(exported["lead"] == exported["file"]);
        CHECK(trail_of_import(*owner).size() > 1000);
        CHECK(trail_of_import(*owner) == trail_of_import(*file));
        CHECK(trail_of_import(*bound) == trail_of_import(*file));
        // A second load finds the tables holding records: row by row, and all of it already here.
        Watch again{tmp.path};
        auto twice = import(*owner, "all", again);
        CHECK_FALSE(again.copied());
        for (const auto& [entity, result] : twice.files) CHECK(result.added == 0);
    }
}
