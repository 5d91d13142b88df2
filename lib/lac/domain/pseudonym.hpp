#pragma once
// Pseudonyms for extracts: a keyed hash (BLAKE2b) of a person's id under a random secret
// kept in the database. Stable across extracts from one database, meaningless outside it.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lac {

class Pseudonymiser {
public:
    static constexpr std::size_t length = 20;  // hex digits

    // `key_hex` is the database's secret, 64 hex digits.
    explicit Pseudonymiser(const std::string& key_hex);
    // Cached by id: a person appears in many rows, and ids are dense.
    std::string_view of(int64_t person_id);

private:
    using Digest = std::array<char, length>;
    void compute(int64_t person_id, Digest& out) const;

    std::vector<unsigned char> key_;
    std::vector<Digest> cache_;
    std::vector<bool> known_;
    Digest scratch_{};
};

}  // namespace lac
