#pragma once
// Reads RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks; CRLF or LF;
// a UTF-8 byte order mark is skipped), one record at a time.
#include <istream>
#include <string>
#include <vector>

namespace lac {

class CsvReader {
public:
    explicit CsvReader(std::istream& in);
    // Reads the next record into `fields`; false at the end. A quote left open is a
    // DataError naming the line it opened on.
    bool next(std::vector<std::string>& fields);
    // The line the last record began on (1 for the header).
    int line() const { return record_line_; }

private:
    int get();
    std::istream& in_;
    int line_ = 1;
    int record_line_ = 0;
};

}  // namespace lac
