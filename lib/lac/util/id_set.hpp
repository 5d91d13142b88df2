#pragma once
// A set of record ids, kept as bits of 64-bit words: the ids one import adds mostly lie
// close together, so fifteen million of them take megabytes, not the gigabyte a set of
// numbers would.
#include <cstdint>
#include <unordered_map>

namespace lac {

class IdSet {
public:
    void insert(int64_t id) { words_[word(id)] |= bit(id); }
    bool contains(int64_t id) const {
        auto found = words_.find(word(id));
        return found != words_.end() && (found->second & bit(id)) != 0;
    }
    void clear() { words_.clear(); }

private:
    static uint64_t word(int64_t id) { return static_cast<uint64_t>(id) >> 6; }
    static uint64_t bit(int64_t id) { return uint64_t(1) << (static_cast<uint64_t>(id) & 63); }
    std::unordered_map<uint64_t, uint64_t> words_;
};

}  // namespace lac
