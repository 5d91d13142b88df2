#!/usr/bin/env bash
# A private PostgreSQL 15 for the tests (tests/README.md, label postgresql):
#   postgres_cluster.sh start STATE   initdb into a new temporary directory, start the server
#                                     listening only on a Unix socket there, wait until it
#                                     accepts connections, write its libpq URL to STATE/url
#                                     (and its socket directory to STATE/host) and print it
#   postgres_cluster.sh stop STATE    stop that server and remove its directory and STATE
# STATE is a directory the caller names (CTest: build/postgres); the cluster itself lives
# under /tmp, as a socket's path may not be longer than 107 bytes. PostgreSQL refuses to run
# as root: as root the server runs as the system user `postgres` that Debian's package makes
# (else `nobody`), otherwise as the caller. Local connections are trusted, but for the role
# lac_password_test, which must give its password (tests/unit/store_postgres_test.cpp).
# Nothing is ever skipped: a server that cannot start is an error, with its log.
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
action=${1:-}
state=${2:-}
[ -n "$state" ] && { [ "$action" == start ] || [ "$action" == stop ]; } ||
  { echo "usage: $0 start|stop STATE_DIR" >&2; exit 64; }

as_owner() {
  if [ -n "${owner:-}" ]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}
owner=""
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  getent passwd postgres >/dev/null || owner=nobody
fi

stop() {
  [ -f "$state/root" ] || return 0
  local root
  root=$(cat "$state/root")
  case $root in /tmp/lac-pg.*) ;; *) echo "$0: $state/root names $root, not a cluster of ours" >&2; exit 1 ;; esac
  if [ -f "$root/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$root/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  # Should pg_ctl have failed, the postmaster is ended by its own id, never by name.
  if [ -f "$root/data/postmaster.pid" ]; then
    pid=$(head -1 "$root/data/postmaster.pid")
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$root"
  rm -f "$state/root" "$state/url" "$state/host"
}

if [ "$action" == stop ]; then
  stop
  exit 0
fi

[ -x "$bin/initdb" ] || { echo "$0: no PostgreSQL 15 in $bin: run scripts/deps (postgresql-15)" >&2; exit 1; }
mkdir -p "$state"
stop  # a cluster left by a run that was killed
root=$(mktemp -d /tmp/lac-pg.XXXXXX)
echo "$root" >"$state/root"
[ -n "$owner" ] && chown "$owner" "$root"
fail() {
  echo "$0: $1" >&2
  cat "$root"/*.log 2>/dev/null | sed 's/^/  /' >&2
  stop
  exit 1
}
as_owner "$bin/initdb" -D "$root/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
  >"$root/initdb.log" 2>&1 || fail "initdb failed"
cat >"$root/data/pg_hba.conf" <<'EOF'
# Unix socket only (listen_addresses is empty); every role is trusted but this one.
local all lac_password_test scram-sha-256
local all all trust
EOF
cat >>"$root/data/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$root'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
EOF
as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 start >/dev/null 2>&1 ||
  fail "the server did not start"
"$bin/pg_isready" -q -h "$root" -t 30 || fail "the server does not accept connections"
url="postgresql:///postgres?host=$root&user=postgres"
echo "$root" >"$state/host"
echo "$url" >"$state/url"
echo "$url"
