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
    using Text = std::array<char, length>;  // hex digits, by value: no allocation per row

    // Cached by id: a person appears in many rows, and ids are dense.
    Text of(int64_t person_id);

private:
    // The digest's bytes, not their hex: an export looks a person up on every row, in no
    // order, and half the bytes keep twice the people in the processor's cache.
    using Digest = std::array<unsigned char, length / 2>;
    void compute(int64_t person_id, Digest& out) const;
    static Text hex(const Digest& digest);

    std::vector<unsigned char> key_;
    std::vector<Digest> cache_;
    std::vector<bool> known_;
    Digest scratch_{};
};

}  // namespace lac
