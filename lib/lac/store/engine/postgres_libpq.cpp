#include "lac/store/engine/postgres_libpq.hpp"

#include <dlfcn.h>

#include <fmt/format.h>
#include <libpq-fe.h>

#include "lac/util/errors.hpp"

namespace lac::store {
namespace {

void* libpq = nullptr;

void* symbol(const char* name) {
    load_libpq();
    void* found = ::dlsym(libpq, name);
    if (!found)
        throw ConfigError(fmt::format("the libpq installed has no {}: lac needs the libpq of PostgreSQL 15 or "
                                      "later; install it (apt-get install libpq5)",
                                      name));
    return found;
}

}  // namespace

void* open_libpq(const char* file) {
    void* opened = ::dlopen(file, RTLD_NOW | RTLD_LOCAL);
    if (!opened) {
        const char* why = ::dlerror();
        throw ConfigError(fmt::format("lac needs libpq to use PostgreSQL and cannot load it ({}); install it "
                                      "(apt-get install libpq5)",
                                      why ? why : file));
    }
    return opened;
}

void load_libpq() {
    if (!libpq) libpq = open_libpq("libpq.so.5");
}

}  // namespace lac::store

// Each function of libpq's that lac calls: found in libpq on its first call, then called.
#define LAC_LIBPQ(type, name, params, args)                                                        \
    extern "C" type name params {                                                                  \
        static const auto real = reinterpret_cast<decltype(&name)>(lac::store::symbol(#name));     \
        return real args;                                                                          \
    }

LAC_LIBPQ(int, PQcancel, (PGcancel* cancel, char* errbuf, int errbufsize), (cancel, errbuf, errbufsize))
LAC_LIBPQ(void, PQclear, (PGresult* res), (res))
LAC_LIBPQ(char*, PQcmdStatus, (PGresult* res), (res))
LAC_LIBPQ(char*, PQcmdTuples, (PGresult* res), (res))
LAC_LIBPQ(PostgresPollingStatusType, PQconnectPoll, (PGconn* conn), (conn))
LAC_LIBPQ(PGconn*, PQconnectStartParams, (const char* const* keywords, const char* const* values, int expand_dbname), (keywords, values, expand_dbname))
LAC_LIBPQ(int, PQconnectionNeedsPassword, (const PGconn* conn), (conn))
LAC_LIBPQ(PQconninfoOption*, PQconninfo, (PGconn* conn), (conn))
LAC_LIBPQ(void, PQconninfoFree, (PQconninfoOption* connOptions), (connOptions))
LAC_LIBPQ(PQconninfoOption*, PQconninfoParse, (const char* conninfo, char** errmsg), (conninfo, errmsg))
LAC_LIBPQ(PGresult*, PQcopyResult, (const PGresult* src, int flags), (src, flags))
LAC_LIBPQ(char*, PQdb, (const PGconn* conn), (conn))
LAC_LIBPQ(PGresult*, PQdescribePrepared, (PGconn* conn, const char* stmt), (conn, stmt))
LAC_LIBPQ(char*, PQerrorMessage, (const PGconn* conn), (conn))
LAC_LIBPQ(PGresult*, PQexec, (PGconn* conn, const char* query), (conn, query))
LAC_LIBPQ(PGresult*, PQexecPrepared, (PGconn* conn, const char* stmtName, int nParams, const char* const* paramValues, const int* paramLengths, const int* paramFormats, int resultFormat), (conn, stmtName, nParams, paramValues, paramLengths, paramFormats, resultFormat))
LAC_LIBPQ(void, PQfinish, (PGconn* conn), (conn))
LAC_LIBPQ(char*, PQfname, (const PGresult* res, int field_num), (res, field_num))
LAC_LIBPQ(void, PQfreeCancel, (PGcancel* cancel), (cancel))
LAC_LIBPQ(void, PQfreemem, (void* ptr), (ptr))
LAC_LIBPQ(PGcancel*, PQgetCancel, (PGconn* conn), (conn))
LAC_LIBPQ(PGresult*, PQgetResult, (PGconn* conn), (conn))
LAC_LIBPQ(int, PQgetisnull, (const PGresult* res, int tup_num, int field_num), (res, tup_num, field_num))
LAC_LIBPQ(int, PQgetlength, (const PGresult* res, int tup_num, int field_num), (res, tup_num, field_num))
LAC_LIBPQ(char*, PQgetvalue, (const PGresult* res, int tup_num, int field_num), (res, tup_num, field_num))
LAC_LIBPQ(char*, PQhost, (const PGconn* conn), (conn))
LAC_LIBPQ(int, PQnfields, (const PGresult* res), (res))
LAC_LIBPQ(int, PQntuples, (const PGresult* res), (res))
LAC_LIBPQ(char*, PQport, (const PGconn* conn), (conn))
LAC_LIBPQ(PGresult*, PQprepare, (PGconn* conn, const char* stmtName, const char* query, int nParams, const Oid* paramTypes), (conn, stmtName, query, nParams, paramTypes))
LAC_LIBPQ(int, PQputCopyData, (PGconn* conn, const char* buffer, int nbytes), (conn, buffer, nbytes))
LAC_LIBPQ(int, PQputCopyEnd, (PGconn* conn, const char* errormsg), (conn, errormsg))
LAC_LIBPQ(char*, PQresultErrorField, (const PGresult* res, int fieldcode), (res, fieldcode))
LAC_LIBPQ(ExecStatusType, PQresultStatus, (const PGresult* res), (res))
LAC_LIBPQ(int, PQsendQueryPrepared, (PGconn* conn, const char* stmtName, int nParams, const char* const* paramValues, const int* paramLengths, const int* paramFormats, int resultFormat), (conn, stmtName, nParams, paramValues, paramLengths, paramFormats, resultFormat))
LAC_LIBPQ(int, PQserverVersion, (const PGconn* conn), (conn))
LAC_LIBPQ(PGVerbosity, PQsetErrorVerbosity, (PGconn* conn, PGVerbosity verbosity), (conn, verbosity))
LAC_LIBPQ(PQnoticeProcessor, PQsetNoticeProcessor, (PGconn* conn, PQnoticeProcessor proc, void* arg), (conn, proc, arg))
LAC_LIBPQ(int, PQsetSingleRowMode, (PGconn* conn), (conn))
LAC_LIBPQ(int, PQsetvalue, (PGresult* res, int tup_num, int field_num, char* value, int len), (res, tup_num, field_num, value, len))
LAC_LIBPQ(int, PQsocket, (const PGconn* conn), (conn))
LAC_LIBPQ(ConnStatusType, PQstatus, (const PGconn* conn), (conn))
LAC_LIBPQ(PGTransactionStatusType, PQtransactionStatus, (const PGconn* conn), (conn))
LAC_LIBPQ(char*, PQuser, (const PGconn* conn), (conn))
