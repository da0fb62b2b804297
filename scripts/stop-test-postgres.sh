#!/usr/bin/env bash
# Stops a cluster started by start-test-postgres.sh and deletes its directory.
#   scripts/stop-test-postgres.sh "$WOSHOU_TEST_PG_DIR"
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DIR=${1:-${WOSHOU_TEST_PG_DIR:-}}
log() { echo "stop-test-postgres: $*" >&2; }

[[ -n "$DIR" ]] || { log "usage: $0 DIR (the WOSHOU_TEST_PG_DIR printed by start-test-postgres.sh)"; exit 2; }
# Refuse anything the start script did not create: this ends in rm -rf.
[[ -f "$DIR/.woshou-test-postgres" ]] || { log "$DIR was not made by start-test-postgres.sh; not touching it"; exit 2; }

if [[ -f "$DIR/data/postmaster.pid" ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u "$(stat -c %U "$DIR/data")" -- "$PG_BIN/pg_ctl" stop -D "$DIR/data" -m fast -w >/dev/null
  else
    "$PG_BIN/pg_ctl" stop -D "$DIR/data" -m fast -w >/dev/null
  fi
fi
rm -rf "$DIR"
log "stopped and removed $DIR"
