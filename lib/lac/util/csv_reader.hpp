#pragma once
// Reads RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks; CRLF or LF;
// a UTF-8 byte order mark is skipped), one record at a time; or the same with a semicolon,
// a tab or a vertical bar between fields, as some spreadsheets save it. Every field is
// checked to be UTF-8.
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "lac/util/errors.hpp"

namespace lac {

class CsvReader {
public:
    explicit CsvReader(std::istream& in, char delimiter = ',');
    // Reads the next record into `fields`; false at the end. A quote left open is a
    // DataError naming the line it opened on; a field that is not UTF-8, a NotUtf8Error.
    bool next(std::vector<std::string>& fields);
    // The line the last record began on (1 for the header).
    int line() const { return record_line_; }

private:
    int get();
    void check_utf8(const std::vector<std::string>& fields) const;
    std::istream& in_;
    char delimiter_;
    int line_ = 1;
    int record_line_ = 0;
};

// A field that is not UTF-8: most often a spreadsheet saved as Windows-1252, or as UTF-16.
class NotUtf8Error : public DataError {
public:
    NotUtf8Error(const std::string& problem, const std::string& encoding);
    // "line 4: the byte 0xEB after 'Zo' is not UTF-8": what() without the advice.
    const std::string& problem() const { return problem_; }
    // What the file seems to be in, for iconv -f: "WINDOWS-1252" or "UTF-16".
    const std::string& encoding() const { return encoding_; }

private:
    std::string problem_, encoding_;
};

// The delimiters CsvReader reads, by the names a person gives them: "," or "comma", ";" or
// "semicolon", "tab" or "\t" (or a tab itself), "|" or "pipe". A UsageError for any other.
char delimiter_named(std::string_view name);
// A delimiter in words, "semicolons", and as --delimiter takes it, "';'" or "tab".
std::string delimiter_plural(char delimiter);
std::string delimiter_argument(char delimiter);
// Another delimiter that a header read as one field holds ("name;area" read with ','
// holds ';'): the one it holds most of, or 0 when it holds none.
char other_delimiter(const std::vector<std::string>& header, char delimiter);

}  // namespace lac
