#pragma once
// Long fills (lac demo, lac import) take minutes at national scale and are one transaction.
// Ctrl-C, SIGTERM or SIGHUP (a terminal closed, an SSH session dropped) interrupts the
// database, so that the transaction rolls back, a SQLite file is put back in WAL mode, and a
// scratch file (a fill of a PostgreSQL server, which holds the whole record) is removed
// before lac exits 130, instead of dying with the work half undone on disk. The signals are
// caught from when this is made, so that one that comes while the database is being opened
// stops the work as soon as it would start.
#include <csignal>

namespace lac {
class Db;
}

class InterruptsStopFill {
public:
    InterruptsStopFill();
    ~InterruptsStopFill();
    InterruptsStopFill(const InterruptsStopFill&) = delete;
    InterruptsStopFill& operator=(const InterruptsStopFill&) = delete;

    // From here an interrupt stops the fill of `db`; one that came before stops it now.
    void fill(lac::Db& db);

private:
    struct sigaction old_int_ {}, old_term_ {}, old_hup_ {};
};
