#include "lac/domain/copy.hpp"

#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "lac/store/audit.hpp"
#include "lac/store/db.hpp"
#include "lac/util/errors.hpp"

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
        if (!created || store::record_rows(target) > 0)
            throw CantCreateError(fmt::format("{} holds a lac database already; {}", result.target, must_be_new));
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

}  // namespace lac
