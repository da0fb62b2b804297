#!/usr/bin/env bash
# HTTP throughput and latency of woshoud with wrk on loopback (issue 6):
# /healthz, a major page, a gap report and a match, one after another against
# the same server, each with its ratio to /healthz. Prints a markdown table.
#
#   scripts/bench-http.sh --db sqlite:var/city.db [--label city] [--duration 10]
#                         [--connections 16] [--wrk-threads 1] [--woshoud PATH]
#
# Needs wrk (Debian package; scripts/bench-all.sh installs it) and curl. The
# server runs with its defaults except a keep-alive cap high enough that wrk's
# connections stay open (the default of 100 requests would make every run
# measure reconnects too), and warn-level logging.
set -euo pipefail
cd "$(dirname "$0")/.."

db="" label="data" duration=10 connections=16 wrk_threads=1 woshoud="build/server/woshoud"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --label) label="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --wrk-threads) wrk_threads="$2"; shift 2 ;;
    --woshoud) woshoud="$2"; shift 2 ;;
    *) echo "bench-http: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -n "$db" ]] || { echo "usage: $0 --db URI [--label NAME] [--duration S] [--connections N] [--wrk-threads N] [--woshoud PATH]" >&2; exit 2; }
command -v wrk >/dev/null || { echo "bench-http: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
log() { echo "bench-http: $*" >&2; }

port=""
for _ in 1 2 3 4 5 6 7 8; do
  candidate=$(( 20000 + RANDOM % 30000 ))
  ss -Htln "sport = :$candidate" 2>/dev/null | grep -q . || { port=$candidate; break; }
done
[[ -n "$port" ]] || { log "no free port"; exit 1; }
base="http://127.0.0.1:$port"

work=$(mktemp -d /tmp/woshou-bench-http.XXXXXX)
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$woshoud" --db "$db" --listen "127.0.0.1:$port" --log-level warn --max-requests-per-connection 100000000 \
  >"$work/server.log" 2>&1 &
server_pid=$!
# The snapshot is built before the server listens: a nation takes a while.
for _ in $(seq 1 600); do
  curl -sf "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { log "woshoud exited:"; cat "$work/server.log" >&2; exit 1; }
  sleep 1
done
curl -sf "$base/healthz" >/dev/null || { log "woshoud did not answer /healthz"; exit 1; }

# A major from the data, and a 10-skill match body from its skill profile.
major=$(curl -sf "$base/api/v1/majors?limit=1" | grep -o '"id":"[^"]*"' | awk 'NR == 1' | cut -d'"' -f4)
[[ -n "$major" ]] || { log "no major in $db"; exit 1; }
major_path="/api/v1/majors/$(printf '%s' "$major" | sed 's/ /%20/g')"
skills=$(curl -sf "$base$major_path" | grep -o '"skill_profile":\[.*' | grep -o '"id":"[^"]*"' | awk 'NR <= 10' | cut -d'"' -f4)
body='{"skills":['
first=1
while IFS= read -r s; do
  [[ -n "$s" ]] || continue
  [[ $first -eq 1 ]] || body+=','
  body+="{\"skill\":\"$s\"}"
  first=0
done <<<"$skills"
body+='],"limit":20}'
cat >"$work/match.lua" <<LUA
wrk.method = "POST"
wrk.body = '$body'
wrk.headers["Content-Type"] = "application/json"
LUA

# The first gap report computes the scope's demand profile and the first
# match builds the coverage index: warm both, so wrk measures the steady state.
curl -sf "$base$major_path/gap" >/dev/null
curl -sf -X POST -H 'Content-Type: application/json' -d "$body" "$base/api/v1/match" >/dev/null

# wrk's latency figures carry units (us, ms, s); convert to milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

declare -A rps p50 p99 bad
run() {  # name path [lua]
  local name="$1" path="$2" script="${3:-}" out="$work/$1.out"
  local args=(-t"$wrk_threads" -c"$connections" -d"${duration}s" --latency)
  [[ -n "$script" ]] && args+=(-s "$script")
  wrk "${args[@]}" "$base$path" >"$out"
  rps[$name]=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
  p50[$name]=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
  p99[$name]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  bad[$name]=$(awk '/Non-2xx/ { print $NF } END { }' "$out")
  bad[$name]=${bad[$name]:-0}
  local errors
  errors=$(grep -E "Socket errors" "$out" || true)
  [[ -z "$errors" ]] || log "$name: $errors"
}
run healthz /healthz
run major "$major_path"
run gap "$major_path/gap"
run match /api/v1/match "$work/match.lua"

echo "| data | route | requests/s | p50 ms | p99 ms | non-2xx | ÷ /healthz |"
echo "|---|---|---|---|---|---|---|"
for name in healthz major gap match; do
  case $name in
    healthz) route="GET /healthz" ;;
    major) route="GET /api/v1/majors/{id}" ;;
    gap) route="GET /api/v1/majors/{id}/gap" ;;
    match) route="POST /api/v1/match (10 skills)" ;;
  esac
  ratio=$(awk -v a="${rps[$name]}" -v b="${rps[healthz]}" 'BEGIN { printf "%.2f", a / b }')
  printf '| %s | %s | %.0f | %s | %s | %s | %s |\n' "$label" "$route" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}" \
    "${bad[$name]}" "$ratio"
done
log "wrk -t$wrk_threads -c$connections -d${duration}s against $base (major $major)"
