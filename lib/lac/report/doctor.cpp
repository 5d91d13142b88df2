#include "lac/report/doctor.hpp"

#include <functional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lac/domain/pseudonym.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/db.hpp"
#include "lac/store/health.hpp"
#include "lac/store/server_health.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"

namespace lac {

namespace {

using Status = DoctorCheck::Status;

const char* const restore = "restore the database from a backup (see lac-backup(1))";

DoctorCheck config_check(const DoctorInput& in) {
    if (in.config_error)
        return {"config", Status::fail, *in.config_error + "; the other checks used the shipped defaults",
                "mend the file (see lac-config(1)); 'lac config list' then shows what it sets"};
    if (!in.config_present)
        return {"config", Status::ok,
                fmt::format("no config file at {}: the shipped defaults apply", in.config_file.string()), ""};
    return {"config", Status::ok, fmt::format("{} is valid", in.config_file.string()), ""};
}

// A check that cannot read what it needs (a damaged file, say) has failed, and says why;
// the other checks still run.
DoctorCheck attempt(Db& db, const std::string& name, const std::function<DoctorCheck()>& check) {
    try {
        DoctorCheck result;
        db.read([&] { result = check(); });
        return result;
    } catch (const Error& e) {
        return {name, Status::fail, e.what(), restore};
    }
}

DoctorCheck schema_check(Db& db) {
    int version = db.schema_version(), latest = Db::latest_schema_version();
    if (version == latest)
        return {"schema", Status::ok, fmt::format("schema version {}, the latest this lac knows", version), ""};
    if (version > latest)
        return {"schema", Status::fail,
                fmt::format("schema version {} is newer than this lac knows ({})", version, latest),
                "upgrade lac to the version that wrote it"};
    if (version == 0)
        return {"schema", Status::fail, fmt::format("{} has no lac schema", db.where()),
                db.on_server() ? "pass the right --db, or run 'lac init' to make lac's schema there"
                               : "pass the right --db, or 'lac init' a new database elsewhere"};
    if (db.on_server())
        return {"schema", Status::warn, fmt::format("schema version {}, older than this lac's {}", version, latest),
                "the next lac command migrates it; take a backup with pg_dump first"};
    return {"schema", Status::warn, fmt::format("schema version {}, older than this lac's {}", version, latest),
            fmt::format("the next lac command migrates it, first copying it to {}",
                        Db::migration_backup_path(db.path(), version).string())};
}

// PostgreSQL 15 is what lac is built and tested against (Debian 12's).
DoctorCheck server_check(const store::ServerFacts& facts, const Db& db) {
    std::string detail = fmt::format("PostgreSQL {}, {}", facts.version, db.where());
    if (facts.version_number < 150000)
        return {"server", Status::warn, detail + ", older than the 15 lac is tested with",
                "upgrade the server to PostgreSQL 15 or later"};
    return {"server", Status::ok, detail, ""};
}

DoctorCheck row_security_check(const store::ServerFacts& facts) {
    if (facts.tables > 0 && facts.guarded == facts.tables)
        return {"row-level-security", Status::ok,
                fmt::format("on for all {} of lac's tables: a coordinator's role reads its own team's records",
                            facts.tables),
                ""};
    return {"row-level-security", Status::warn,
            fmt::format("on for {} of lac's {} tables: a role that may connect reads and changes every team's records",
                        facts.guarded, facts.tables),
            "give each coordinator a role of their own and grant only the lead or analyst roles more (lac-server(7))"};
}

DoctorCheck journal_check(Db& db) {
    std::string mode = store::journal_mode(db);
    if (mode == "wal") return {"journal-mode", Status::ok, "WAL: coordinators can read while one writes", ""};
    return {"journal-mode", Status::warn,
            fmt::format("{}, not WAL: readers and a writer wait for each other", mode),
            "run any lac command, such as 'lac person list', while no one else uses the database: it puts WAL back"};
}

DoctorCheck integrity_check(Db& db) {
    auto problems = store::integrity_problems(db);
    if (problems.empty()) return {"integrity", Status::ok, "PRAGMA integrity_check found no problems", ""};
    return {"integrity", Status::fail,
            fmt::format("PRAGMA integrity_check found {}, the first: {}",
                        counted(long(problems.size()), "problem", "problems"), one_line(problems.front(), 200)),
            std::string(restore) + "; keep this file to investigate"};
}

DoctorCheck foreign_key_check(Db& db) {
    auto problems = store::foreign_key_problems(db);
    if (problems.rows == 0) return {"foreign-keys", Status::ok, "every row's references are there", ""};
    return {"foreign-keys", Status::fail,
            fmt::format("{} with a reference to a record that is not there (in {})",
                        counted(problems.rows, "row", "rows"), join(problems.tables, ", ")),
            restore};
}

DoctorCheck secret_check(Db& db) {
    auto key = store::meta(db, "pseudonym_key");
    if (!key)
        return {"pseudonym-secret", Status::fail, "the database has no pseudonym secret: exports cannot be "
                "pseudonymised", restore};
    Pseudonymiser check(*key);  // throws DataError when it is damaged
    return {"pseudonym-secret", Status::ok, "present, so exports are pseudonymised", ""};
}

DoctorCheck retention_check(Db& db, const DoctorInput& in) {
    int years = in.config.retention_closed_years;
    if (years == 0) return {"retention", Status::ok, "no retention schedule set ([retention] closed_years = 0)", ""};
    Date cutoff = years_before(in.today, years);
    long long held = store::people_closed_before(db, cutoff);
    std::string schedule = fmt::format("[retention] closed_years = {}", years);
    if (held == 0)
        return {"retention", Status::ok, fmt::format("no one closed before {} ({})", to_iso(cutoff), schedule), ""};
    return {"retention", Status::fail,
            fmt::format("{} closed before {}, more than {} ago, still held ({})",
                        counted(held, "person", "people"), to_iso(cutoff), counted(years, "year", "years"), schedule),
            fmt::format("see what would go with 'lac person forget --closed-before {}', then add --confirm",
                        to_iso(cutoff))};
}

const char* status_word(Status status) {
    switch (status) {
        case Status::ok: return "ok";
        case Status::warn: return "warn";
        default: return "FAIL";
    }
}

}  // namespace

bool DoctorReport::ok() const { return failed() == 0; }

int DoctorReport::failed() const {
    int n = 0;
    for (const auto& c : checks) n += c.status == DoctorCheck::Status::fail;
    return n;
}

namespace {

// On a PostgreSQL server there are no files to look at, and the server keeps its pages whole
// and its foreign keys always: the checks are of the schema, the server and its row-level
// security, and then those of the records, as for a file.
DoctorReport diagnose_server(const DoctorInput& in, DoctorReport report) {
    auto db = Db::inspect(in.database, {in.config.group_shared, in.config.busy_timeout_ms});
    report.checks.push_back(attempt(*db, "schema", [&] { return schema_check(*db); }));
    store::ServerFacts facts;
    report.checks.push_back(attempt(*db, "server", [&] { return server_check(facts = store::server_facts(*db), *db); }));
    if (db->schema_version() == 0) return report;
    report.checks.push_back(row_security_check(facts));
    report.checks.push_back(attempt(*db, "pseudonym-secret", [&] { return secret_check(*db); }));
    report.checks.push_back(attempt(*db, "retention", [&] { return retention_check(*db, in); }));
    return report;
}

}  // namespace

DoctorReport diagnose(const DoctorInput& in) {
    DoctorReport report;
    report.checks.push_back(config_check(in));
    if (Db::names_server(in.database)) return diagnose_server(in, std::move(report));
    // The files are looked at before the database is opened, which may create its -wal
    // and -shm; but a missing database is exit 66 first, as for every command.
    auto files = check_files(in.database, in.config.group_shared);
    auto db = Db::inspect(in.database, {in.config.group_shared, in.config.busy_timeout_ms});
    report.checks.insert(report.checks.end(), files.begin(), files.end());
    report.checks.push_back(attempt(*db, "schema", [&] { return schema_check(*db); }));
    report.checks.push_back(attempt(*db, "journal-mode", [&] { return journal_check(*db); }));
    report.checks.push_back(attempt(*db, "integrity", [&] { return integrity_check(*db); }));
    report.checks.push_back(attempt(*db, "foreign-keys", [&] { return foreign_key_check(*db); }));
    report.checks.push_back(attempt(*db, "pseudonym-secret", [&] { return secret_check(*db); }));
    report.checks.push_back(attempt(*db, "retention", [&] { return retention_check(*db, in); }));
    return report;
}

void write_doctor(std::ostream& out, const DoctorReport& report, Format format) {
    if (format == Format::json) {
        auto checks = nlohmann::ordered_json::array();
        for (const auto& c : report.checks)
            checks.push_back({{"name", c.name},
                              {"ok", c.status != Status::fail},
                              {"status", c.status == Status::fail ? "fail" : status_word(c.status)},
                              {"detail", c.detail},
                              {"fix", c.fix}});
        out << nlohmann::ordered_json{{"ok", report.ok()}, {"checks", checks}}.dump(2) << '\n';
        return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& c : report.checks)
        rows.push_back({status_word(c.status), c.name, c.fix.empty() ? c.detail : c.detail + "; mend: " + c.fix});
    for (const auto& line : align_columns(rows)) out << line << '\n';
}

}  // namespace lac
