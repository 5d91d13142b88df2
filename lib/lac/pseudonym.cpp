#include "lac/pseudonym.hpp"

#include <sodium.h>

#include "lac/errors.hpp"

namespace lac {

Pseudonymiser::Pseudonymiser(const std::string& key_hex) : key_(crypto_generichash_KEYBYTES) {
    if (sodium_init() < 0) throw Error(ExitCode::software, "libsodium could not start");
    std::size_t length = 0;
    if (sodium_hex2bin(key_.data(), key_.size(), key_hex.data(), key_hex.size(), nullptr, &length, nullptr) != 0 ||
        length != key_.size())
        throw DataError("the database's pseudonym secret is damaged; run 'lac doctor'");
}

const std::string& Pseudonymiser::of(int64_t person_id) {
    auto found = cache_.find(person_id);
    if (found != cache_.end()) return found->second;
    std::string message = "person:" + std::to_string(person_id);
    unsigned char digest[10];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                       key_.data(), key_.size());
    char hex[sizeof digest * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return cache_.emplace(person_id, hex).first->second;
}

}  // namespace lac
