#include "lac/store/completion.hpp"

#include "lac/store/db.hpp"

namespace lac::store {
namespace {

// The first text after every text that starts with `start`, byte by byte as SQLite's
// BINARY collation compares: `start` with its last byte raised by one; for an empty start,
// a byte that begins no UTF-8 (0xF5), so above every text. Both ends of the range are
// then constraints on the index.
std::string after_all_starting(const std::string& start) {
    std::string bound = start;
    while (!bound.empty() && static_cast<unsigned char>(bound.back()) >= 0xF5) bound.pop_back();
    if (bound.empty()) return "\xF5";
    bound.back() = char(static_cast<unsigned char>(bound.back()) + 1);
    return bound;
}

// Runs `query`, whose ?1 and ?2 are the range of texts starting with `start`, into words.
std::vector<std::string> words_of(store::Statement& query, const std::string& start, int limit = -1) {
    std::string bound = after_all_starting(start);
    query.bind(1, start);
    query.bind(2, bound);
    if (limit >= 0) query.bind(3, limit);
    std::vector<std::string> words;
    while (query.executeStep()) words.push_back(query.getColumn(0).getString());
    return words;
}

}  // namespace

std::vector<std::string> handles_starting(Db& db, const std::string& start) {
    auto& query = db.statement(
        "SELECT handle FROM coordinator WHERE handle >= ?1 AND handle < ?2 AND active = 1 "
        "ORDER BY handle");
    return words_of(query, start);
}

std::vector<std::string> teams_starting(Db& db, const std::string& start) {
    auto& query = db.statement(
        "SELECT DISTINCT team FROM coordinator WHERE team >= ?1 AND team < ?2 AND team <> '' "
        "AND active = 1 ORDER BY team");
    return words_of(query, start);
}

std::vector<std::string> asset_names_starting(Db& db, const std::string& key, int limit) {
    auto& query = db.statement(
        "SELECT name FROM asset WHERE name_key >= ?1 AND name_key < ?2 AND active = 1 "
        "ORDER BY name_key LIMIT ?3");
    return words_of(query, key, limit);
}

std::vector<NamedPerson> active_people_of(Db& db, const std::string& handle) {
    auto& query = db.statement(
        "SELECT p.id, p.name, p.name_key FROM coordinator c JOIN person p ON p.coordinator_id = c.id "
        "AND p.status = 'active' WHERE c.handle = ? AND p.name IS NOT NULL ORDER BY p.name_key, p.id");
    query.bind(1, handle);
    std::vector<NamedPerson> people;
    while (query.executeStep())
        people.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                          query.getColumn(2).getString()});
    return people;
}

}  // namespace lac::store
