// Fuzz target: a user's config file (domain/config) over the shipped defaults. Any text is
// loaded or refused with a ConfigError naming the place; never a crash, however deep,
// long or strange.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lac/domain/config.hpp"
#include "lac/util/errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        lac::Config config = lac::load_config_text(text, "fuzz.toml");
        (void)config.get("store.busy_timeout_ms");
    } catch (const lac::Error&) {
    }
    return 0;
}
