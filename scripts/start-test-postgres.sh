#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster for the test suite and prints the
# shell lines that point the tests at it:
#
#   eval "$(scripts/start-test-postgres.sh)"     # sets WOSHOU_TEST_PG, WOSHOU_TEST_PG_DIR
#   ...run tests...
#   scripts/stop-test-postgres.sh "$WOSHOU_TEST_PG_DIR"
#
# The cluster lives in a fresh temp directory (data, socket and log), listens
# on 127.0.0.1 only, on a free port, and trusts local connections: it is for
# tests and must never hold real data. initdb refuses to run as root, so when
# run as root the server runs as the `postgres` OS user.
# Everything except the final export lines goes to stderr.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DB_NAME=${WOSHOU_TEST_PG_DBNAME:-woshou_test}
log() { echo "start-test-postgres: $*" >&2; }

[[ -x "$PG_BIN/initdb" ]] || { log "no PostgreSQL binaries in $PG_BIN (install postgresql-15)"; exit 1; }

if [[ $(id -u) -eq 0 ]]; then
  RUN_AS=postgres
  as_pg() { runuser -u "$RUN_AS" -- "$@"; }
else
  RUN_AS=$(id -un)
  as_pg() { "$@"; }
fi

# mktemp -d gives mode 0700 owned by us; hand it to the server's user.
# Not $TMPDIR: it may point inside /root, where the postgres user cannot go.
DIR=$(mktemp -d "${WOSHOU_TEST_PG_PARENT:-/tmp}/woshou-test-pg.XXXXXX")
touch "$DIR/.woshou-test-postgres"  # lets the stop script check what it deletes
chown -R "$RUN_AS" "$DIR"
chmod 700 "$DIR"

cleanup_on_error() {
  log "failed; log follows"
  cat "$DIR/server.log" >&2 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" stop -D "$DIR/data" -m immediate >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup_on_error ERR

# C locale: byte-order text sorting and no dependence on installed locales.
as_pg "$PG_BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C >"$DIR/initdb.log" 2>&1

port_in_use() { ss -Htln "sport = :$1" 2>/dev/null | grep -q .; }

started=
for attempt in 1 2 3 4 5 6 7 8; do
  PORT=$(( 20000 + RANDOM % 30000 ))
  port_in_use "$PORT" && continue
  # fsync and friends off: a test cluster trades durability for speed.
  if as_pg "$PG_BIN/pg_ctl" start -w -t 30 -D "$DIR/data" -l "$DIR/server.log" \
      -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      >/dev/null 2>&1; then
    started=1
    break
  fi
  log "port $PORT did not work (attempt $attempt), trying another"
done
[[ -n "$started" ]] || { log "could not start the server"; false; }

as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB_NAME"
trap - ERR

log "PostgreSQL running in $DIR on 127.0.0.1:$PORT, database $DB_NAME"
echo "export WOSHOU_TEST_PG='host=127.0.0.1 port=$PORT dbname=$DB_NAME user=postgres'"
echo "export WOSHOU_TEST_PG_DIR='$DIR'"
