#include "lac/store/completion.hpp"

#include "lac/store/db.hpp"
#include "lac/util/text.hpp"

namespace lac::store {
namespace {

// Runs `query`, whose ?1 and ?2 are the range of texts starting with `start`, into words.
std::vector<std::string> words_of(store::Statement& query, const std::string& start, int limit = -1) {
    std::string bound = after_every_start(start);
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
