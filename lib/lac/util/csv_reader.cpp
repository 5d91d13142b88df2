#include "lac/util/csv_reader.hpp"

#include <fmt/format.h>

#include "lac/util/errors.hpp"

namespace lac {

CsvReader::CsvReader(std::istream& in) : in_(in) {
    if (in_.rdbuf()->sgetc() == 0xEF) {
        char bom[3];
        in_.read(bom, 3);
        if (std::string(bom, 3) != "\xEF\xBB\xBF") {
            in_.clear();
            in_.seekg(0);
        }
    }
}

// The stream buffer itself: istream::get() builds a sentry for every character.
int CsvReader::get() {
    int c = in_.rdbuf()->sbumpc();
    if (c == '\n') ++line_;
    return c;
}

bool CsvReader::next(std::vector<std::string>& fields) {
    record_line_ = line_;
    int c = get();
    if (c == EOF) return false;
    // The strings of the last record are reused, so that a long file allocates little.
    std::size_t n = 0;
    auto field = [&]() -> std::string& {
        if (n == fields.size()) fields.emplace_back();
        return fields[n];
    };
    field().clear();
    bool quoted = false, was_quoted = false;
    for (;; c = get()) {
        if (quoted) {
            if (c == EOF) throw DataError(fmt::format("line {}: a quoted field is never closed", record_line_));
            if (c == '"') {
                if (in_.rdbuf()->sgetc() == '"') {
                    get();
                    field() += '"';
                } else {
                    quoted = false;
                }
            } else {
                field() += char(c);
            }
            continue;
        }
        if (c == '"' && field().empty() && !was_quoted) {
            quoted = was_quoted = true;
        } else if (c == ',') {
            ++n;
            field().clear();
            was_quoted = false;
        } else if (c == '\r' && in_.rdbuf()->sgetc() == '\n') {
            continue;
        } else if (c == '\n' || c == EOF) {
            fields.resize(n + 1);
            return true;
        } else {
            field() += char(c);
        }
    }
}

}  // namespace lac
