#include "lac/domain/copy.hpp"

#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "lac/store/audit.hpp"
#include "lac/store/db.hpp"
#include "lac/store/server_roles.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/scratch_dir.hpp"

namespace lac {
namespace fs = std::filesystem;

int64_t CopyResult::rows() const {
    int64_t n = 0;
    for (const auto& t : tables) n += t.rows;
    return n;
}

namespace {

const char* const must_be_new = "lac copy fills only a new database: name a file that does not exist yet, "
                                "or an empty PostgreSQL database (createdb)";

// The target as lac will open it, checked before anything is written anywhere.
std::string checked_target(Session& s, const std::string& to) {
    if (to.empty()) throw UsageError("--to needs a database: a file's path or a postgresql:// URL, not ''");
    if (Db::names_server(to)) {
        if (s.db.on_server() && to == s.db.path().string())
            throw CantCreateError(fmt::format("{} is the database being copied; {}", Db::shown(to), must_be_new));
        return to;
    }
    fs::path target = fs::absolute(to).lexically_normal();
    std::error_code ec;
    if (fs::exists(fs::symlink_status(target, ec)))
        throw CantCreateError(fmt::format("{} exists; {}", target.string(), must_be_new));
    if (!fs::is_directory(target.parent_path(), ec))
        throw CantCreateError(fmt::format("the directory {} does not exist; create it first, private to you "
                                          "(mkdir -m 700 {})",
                                          target.parent_path().string(), target.parent_path().string()));
    return target.string();
}

}  // namespace

CopyResult copy_database(Session& s, const CopyRequest& request) {
    const std::string to = checked_target(s, request.to);
    CopyResult result;
    result.target = Db::shown(to);
    bool created = false;
    auto copy = Db::create(to, {s.config.group_shared, s.config.busy_timeout_ms}, created, [&](Db& target) {
        // A PostgreSQL database that holds lac's schema already (a file that existed was
        // refused above): the transaction that would have made it is rolled back.
        if (!created || store::holds_rows(target))
            throw CantCreateError(fmt::format("{} holds a lac database already; {}", result.target, must_be_new));
        // Run again, it would write the original's audit entry a second time (below).
        target.cannot_repeat();
        target.set_actor(s.db.actor(), s.db.command());
        target.write([&] {
            s.db.read([&] {
                // Run again (Db::read), it would copy into the target's open transaction a
                // second time: a read that loses is given up, and the target left unmade.
                s.db.cannot_repeat();
                result.tables = store::copy_records(s.db, target);
            });
            store::audit(target, "copy", "database", target.name(), "from=" + s.db.where());
            // A copy is a read of everything, which the original's trail records (as lac
            // backup's) in its transaction, held until the command's output is written: it is
            // saved if the copy is, and a copy that fails leaves it as it was.
            s.db.write([&] { store::audit(s.db, "copy", "database", s.db.name(), "to=" + result.target); });
        });
    });
    return result;
}

bool may_fill_in_scratch(Session& s) {
    return s.db.on_server() && store::server_login(s.db).owner && !store::holds_rows(s.db, "audit");
}

void fill_in_scratch(Session& s, const char* purpose, const std::function<void(Session&)>& fill,
                     const Progress& progress) {
    ScratchDirectory scratch(purpose);
    bool created = false;
    auto local = Db::create(scratch.path() / (std::string(purpose) + ".db"), {false, s.config.busy_timeout_ms},
                            created);
    local->set_actor(s.db.actor(), s.db.command());
    // Ctrl-C stops the fill where it is; the scratch file goes with this function's end.
    struct PassInterrupts {
        Db& from;
        PassInterrupts(Db& main, Db& scratch) : from(main) { from.pass_interrupts_to(&scratch); }
        ~PassInterrupts() { from.pass_interrupts_to(nullptr); }
    } passing(s.db, *local);
    s.db.write([&] {
        // Run again, it would copy the server's rows into a scratch file the first run has
        // filled already (Db::write): a fill that loses to another transaction is given up.
        s.db.cannot_repeat();
        // Only meta and the trail go back and forth (the callers fill tables that hold
        // nothing else): any other row would come back a second time.
        local->write([&] { store::copy_records(s.db, *local); });
        Session filling{*local, s.config, s.today, s.now};
        filling.db.expect_bulk_writes();
        fill(filling);
        progress("copying to the server");
        local->read([&] { store::copy_records(*local, s.db, store::Trail::continued); });
    });
}

}  // namespace lac
