#pragma once
// libpq, loaded when lac first connects to PostgreSQL, not when it starts (issue 18). Linked
// as a library, libpq would bring 24 others into every process (OpenSSL, Kerberos, LDAP…)
// and take `lac --version` from 1.1 ms to 3.9 ms, though most teams never leave SQLite
// (README, Linking). So postgres_libpq.cpp defines each libpq function lac calls as one that
// loads libpq.so.5 with dlopen on first use and hands the call on; the engine's code
// calls libpq as usual (libpq-fe.h).
namespace lac::store {

// Loads libpq (Debian's libpq5) if it is not loaded yet. Throws ConfigError (78), saying
// how to install it, if it cannot be loaded. PgConnection calls it before anything else.
void load_libpq();

// Opens the library `file` (libpq.so.5) as load_libpq does, or throws its ConfigError.
void* open_libpq(const char* file);

}  // namespace lac::store
