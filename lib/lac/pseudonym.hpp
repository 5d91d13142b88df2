#pragma once
// Pseudonyms for extracts: a keyed hash (BLAKE2b) of a person's id under a random secret
// kept in the database. Stable across extracts from one database, meaningless outside it.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace lac {

class Pseudonymiser {
public:
    // `key_hex` is the database's secret, 64 hex digits.
    explicit Pseudonymiser(const std::string& key_hex);
    // 20 hex digits; cached, since a person appears in many rows.
    const std::string& of(int64_t person_id);

private:
    std::vector<unsigned char> key_;
    std::unordered_map<int64_t, std::string> cache_;
};

}  // namespace lac
