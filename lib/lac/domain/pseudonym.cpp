#include "lac/domain/pseudonym.hpp"

#include <sodium.h>

#include "lac/util/errors.hpp"

namespace lac {

Pseudonymiser::Pseudonymiser(const std::string& key_hex) : key_(crypto_generichash_KEYBYTES) {
    if (sodium_init() < 0) throw Error(ExitCode::software, "libsodium could not start");
    std::size_t bytes = 0;
    if (sodium_hex2bin(key_.data(), key_.size(), key_hex.data(), key_hex.size(), nullptr, &bytes, nullptr) != 0 ||
        bytes != key_.size())
        throw DataError("the database's pseudonym secret is damaged; restore the database from a backup");
}

void Pseudonymiser::compute(int64_t person_id, Digest& out) const {
    std::string message = "person:" + std::to_string(person_id);
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                       key_.data(), key_.size());
}

Pseudonymiser::Text Pseudonymiser::hex(const Digest& digest) {
    static constexpr char digits[] = "0123456789abcdef";  // as sodium_bin2hex writes them
    Text text;
    for (std::size_t i = 0; i < digest.size(); ++i) {
        text[2 * i] = digits[digest[i] >> 4];
        text[2 * i + 1] = digits[digest[i] & 0x0f];
    }
    return text;
}

Pseudonymiser::Text Pseudonymiser::of(int64_t person_id) {
    // Ids beyond a sane range are hashed afresh rather than cached.
    if (person_id < 0 || person_id > 50'000'000) {
        compute(person_id, scratch_);
        return hex(scratch_);
    }
    auto index = std::size_t(person_id);
    if (index >= cache_.size()) {
        cache_.resize(index + index / 2 + 1024);
        known_.resize(cache_.size());
    }
    if (!known_[index]) {
        compute(person_id, cache_[index]);
        known_[index] = true;
    }
    return hex(cache_[index]);
}

}  // namespace lac
