#include "lac/csv_reader.hpp"

#include <fmt/format.h>

#include "lac/errors.hpp"

namespace lac {

CsvReader::CsvReader(std::istream& in) : in_(in) {
    if (in_.peek() == 0xEF) {
        char bom[3];
        in_.read(bom, 3);
        if (std::string(bom, 3) != "\xEF\xBB\xBF") {
            in_.clear();
            in_.seekg(0);
        }
    }
}

int CsvReader::get() {
    int c = in_.get();
    if (c == '\n') ++line_;
    return c;
}

bool CsvReader::next(std::vector<std::string>& fields) {
    fields.clear();
    record_line_ = line_;
    int c = get();
    if (c == EOF) return false;
    std::string field;
    bool quoted = false, was_quoted = false;
    for (;; c = get()) {
        if (quoted) {
            if (c == EOF) throw DataError(fmt::format("line {}: a quoted field is never closed", record_line_));
            if (c == '"') {
                if (in_.peek() == '"') {
                    get();
                    field += '"';
                } else {
                    quoted = false;
                }
            } else {
                field += char(c);
            }
            continue;
        }
        if (c == '"' && field.empty() && !was_quoted) {
            quoted = was_quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
            was_quoted = false;
        } else if (c == '\r' && in_.peek() == '\n') {
            continue;
        } else if (c == '\n' || c == EOF) {
            fields.push_back(std::move(field));
            return true;
        } else {
            field += char(c);
        }
    }
}

}  // namespace lac
