#pragma once
// The store seam (issue 18): what lac's queries see of a database engine. The queries under
// lib/lac/store/ prepare a Statement, bind values, step through rows and read columns; the
// engine behind it (SQLite through SQLiteCpp, or PostgreSQL through libpq) is chosen by the
// connection that prepared it, and no query names it. Method names follow SQLiteCpp's, which
// every query was first written against, so that a query reads the same on either engine.
//
// Placeholders are written ?1, ?2, … (or ?) in the SQL; an engine that spells them otherwise
// ($1 for PostgreSQL) rewrites them when it prepares. Indexes are 1-based when binding and
// 0-based when reading columns, as in SQLite. An engine throws lac's typed errors
// (lac/util/errors.hpp), never its own.
#include <cstdint>
#include <string>

namespace lac::store {

class Statement;

// One column of the row a Statement stands on; valid until the Statement steps again.
class Column {
public:
    Column(const Statement& statement, int index) : statement_(statement), index_(index) {}
    bool isNull() const;
    int getInt() const;
    int64_t getInt64() const;
    double getDouble() const;
    std::string getString() const;  // "" for NULL, as SQLiteCpp
private:
    const Statement& statement_;
    int index_;
};

class Statement {
public:
    virtual ~Statement() = default;
    Statement() = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binds the ?index placeholder (1-based).
    virtual void bind(int index, int64_t value) = 0;
    virtual void bind(int index, double value) = 0;
    virtual void bind(int index, const std::string& value) = 0;
    virtual void bind(int index) = 0;  // NULL
    void bind(int index, int value) { bind(index, int64_t(value)); }
    void bind(int index, long long value) { bind(index, int64_t(value)); }
    void bind(int index, const char* value) { bind(index, std::string(value)); }

    // Steps to the next row: true while there is one.
    virtual bool executeStep() = 0;
    // Runs a statement that returns no rows; the number of rows it changed.
    virtual int exec() = 0;
    // Ready to run again from the first row; its bindings are kept until bound anew.
    virtual void reset() = 0;
    // Clears every binding to NULL.
    virtual void clearBindings() = 0;

    virtual int getColumnCount() const = 0;
    Column getColumn(int index) const { return Column(*this, index); }

    // What Column reads (0-based), on the row the statement stands on.
    virtual bool column_is_null(int index) const = 0;
    virtual int64_t column_int64(int index) const = 0;
    virtual double column_double(int index) const = 0;
    virtual std::string column_text(int index) const = 0;
};

inline bool Column::isNull() const { return statement_.column_is_null(index_); }
inline int Column::getInt() const { return int(statement_.column_int64(index_)); }
inline int64_t Column::getInt64() const { return statement_.column_int64(index_); }
inline double Column::getDouble() const { return statement_.column_double(index_); }
inline std::string Column::getString() const { return statement_.column_text(index_); }

}  // namespace lac::store
