#include "lac/store/engine/postgres_error.hpp"

#include <regex>

#include <fmt/format.h>

namespace lac::store {
namespace {

bool in_class(const std::string& sqlstate, std::string_view cls) { return sqlstate.rfind(cls, 0) == 0; }

[[noreturn]] void lost(const PgFailure& f) {
    if (f.committing)
        throw PgConnectionLost(fmt::format(
            "the connection to {} was lost while committing ({}): whether the command was saved is not "
            "known; look (lac person show, lac conversation list) before running it again",
            f.where, f.message));
    throw PgConnectionLost(fmt::format("the connection to {} was lost ({}); {}check that the server runs, then "
                                       "try again",
                                       f.where, f.message, f.in_transaction ? "nothing was saved; " : ""));
}

}  // namespace

void throw_pg_error(const PgFailure& f) {
    const std::string& s = f.sqlstate;
    const std::string what = s.empty() ? f.message : fmt::format("{} (SQLSTATE {})", f.message, s);
    if (s == "57014" && f.interrupted) throw InterruptedError("interrupted; nothing was saved");
    if (s == "40001" || s == "40P01")
        throw PgRetryable(fmt::format("{} could not run this command alongside another that changed the same "
                                      "records ({}); nothing was saved; run it again",
                                      f.where, what),
                          what);
    if (in_class(s, "28"))
        throw PermissionError(fmt::format("{} refused the login: {}; check the user and its password "
                                          "(~/.pgpass or PGPASSFILE), or ask the database's administrator",
                                          f.where, what));
    if (s == "42501")
        throw PermissionError(fmt::format("{} refused: {}; ask the database's administrator for the grant",
                                          f.where, what));
    if (s == "3D000")
        throw NoInputError(fmt::format("{}: {}; create the database (createdb) or correct the URL given with "
                                       "--db or $LAC_DB",
                                       f.where, what));
    if (f.connecting && (s.empty() || in_class(s, "08") || in_class(s, "57P") || in_class(s, "53")))
        throw BusyError(fmt::format("cannot reach {}: {}; check that the server runs and that the URL's host "
                                    "and port are right",
                                    f.where, what));
    if (f.connection_lost || in_class(s, "08") || s == "57P01" || s == "57P02" || s == "57P03") lost(f);
    if (s == "57014")  // statement_timeout, or a cancel from the server's side
        throw BusyError(fmt::format("{} stopped the statement ({}); nothing was saved; try again", f.where, what));
    if (s == "55P03")
        throw BusyError(fmt::format("{} is busy: another command held what this one needed for longer than "
                                    "[store] busy_timeout_ms ({}); nothing was saved; try again, or raise "
                                    "busy_timeout_ms",
                                    f.where, what));
    if (s == "53300" || s == "53400")
        throw BusyError(fmt::format("{} is unavailable: {}; try again later", f.where, what));
    if (s == "53100")
        throw IoError(fmt::format("the disk of {} is full ({}); nothing was saved", f.where, what));
    if (in_class(s, "58") || s == "XX001" || s == "XX002")
        throw IoError(fmt::format("I/O error on {}: {}; nothing was saved", f.where, what));
    if (in_class(s, "22"))
        throw DataError(fmt::format("the database refused a value: {}", what));
    if (in_class(s, "23"))
        throw DataError(fmt::format("the database refused the change: {}", what));
    throw Error(ExitCode::software, fmt::format("database error on {}: {}", f.where, what));
}

std::string redact_url(std::string_view url) {
    std::string text(url);
    // user:password@ before the host: the last @ before the query, since a password may hold
    // an @ or a / that was not percent-encoded; then password=… among the query's parameters.
    size_t scheme = text.find("://");
    size_t at = text.rfind('@', text.find('?'));
    if (scheme != std::string::npos && at != std::string::npos && at > scheme) {
        size_t colon = text.find(':', scheme + 3);
        if (colon < at) text.erase(colon, at - colon);
    }
    static const std::regex in_query(R"(([?&])password=[^&]*)");
    return std::regex_replace(text, in_query, "$1password=(hidden)");
}

}  // namespace lac::store
