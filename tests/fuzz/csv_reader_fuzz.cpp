// Fuzz target: the RFC 4180 reader (util/csv_reader) on any bytes. It may refuse the input
// (an open quote is a DataError naming its line), never crash, and its line numbers only
// go forward.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "lac/util/csv_reader.hpp"
#include "lac/util/errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    lac::CsvReader reader(in);
    std::vector<std::string> fields;
    int last_line = 0;
    try {
        while (reader.next(fields)) {
            if (reader.line() < last_line || fields.empty()) std::abort();
            last_line = reader.line();
        }
    } catch (const lac::DataError&) {
    }
    return 0;
}
