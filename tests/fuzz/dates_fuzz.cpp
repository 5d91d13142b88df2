// Fuzz target: what people type for dates (days gone and days to come), times, weeks,
// references and whole numbers (util/date, util/ref, domain/validate). Each parser refuses
// with a DataError or returns a value that prints back as what it read.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "lac/domain/validate.hpp"
#include "lac/util/date.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"

namespace {

template <typename F>
void refused_or(F&& parse) {
    try {
        parse();
    } catch (const lac::DataError&) {
    }
}

void check(bool holds) {
    if (!holds) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    const lac::Date today = lac::make_date(2026, 11, 23);
    refused_or([&] { check(lac::to_iso(lac::parse_iso_date(text)) == text); });
    refused_or([&] { (void)lac::to_iso(lac::parse_date(text, today)); });
    refused_or([&] { check(lac::parse_future_date(text, today) >= today); });
    refused_or([&] { check(lac::parse_time(text).size() == 5); });
    refused_or([&] {
        auto week = lac::parse_iso_week(text);
        check(lac::iso_week(lac::monday_of(week)).week == week.week);
    });
    refused_or([&] {
        int n = lac::check_int(text, "--minutes", 0, 1440);
        check(n >= 0 && n <= 1440);
    });
    if (auto id = lac::parse_ref(text, lac::ref::person)) check(lac::parse_ref(lac::make_ref('P', *id), 'P') == id);
    refused_or([&] { (void)lac::require_ref(text, lac::ref::goal, "goal"); });
    return 0;
}
