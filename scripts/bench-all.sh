#!/usr/bin/env bash
# Issue 6's benchmarks in one command: builds what it needs, generates city and
# province bundles (and the nation with --nation), imports each into SQLite and
# into a throwaway PostgreSQL, then measures snapshot build and peak RSS, gap
# reports, matching, micro-major recommendation, HTTP with wrk, and the SQL-only
# baseline, and prints one markdown table (docs/performance.md explains it).
#
#   scripts/bench-all.sh [--nation] [--quick]
#
# Environment: WOSHOU_BENCH_BUILD (build folder, default build),
# WOSHOU_BENCH_DIR (bundles, databases and logs, default var/bench),
# WOSHOU_BENCH_SEED (default 7), WOSHOU_JOBS (build jobs, default 2),
# WOSHOU_BENCH_SCALES (e.g. "city" for a smoke run; overrides the scales).
# Every detailed table goes to $WOSHOU_BENCH_DIR/<scale>.log as well.
set -euo pipefail
cd "$(dirname "$0")/.."

scales=(city province)
quick=0
for arg in "$@"; do
  case "$arg" in
    --nation) scales+=(nation) ;;
    --quick) quick=1 ;;
    *) echo "usage: $0 [--nation] [--quick]" >&2; exit 2 ;;
  esac
done
[[ -n "${WOSHOU_BENCH_SCALES:-}" ]] && read -r -a scales <<<"$WOSHOU_BENCH_SCALES"
build=${WOSHOU_BENCH_BUILD:-build}
work=${WOSHOU_BENCH_DIR:-var/bench}
seed=${WOSHOU_BENCH_SEED:-7}
log() { echo "bench-all: $*" >&2; }
load1() { cut -d' ' -f1 /proc/loadavg; }

bash scripts/install-deps.sh >&2
if ! command -v wrk >/dev/null; then
  # Benchmark-only tool: installed here, not by install-deps.sh (the tests do not need it).
  log "installing wrk"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >&2 ||
    { apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >&2; }
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"${WOSHOU_JOBS:-2}" --target woshou woshoud woshou_db_bench woshou_baseline_bench >&2
cli="$build/clients/woshou"
mkdir -p "$work"

esco=../shared/data/esco-1.1.1
generate_taxonomy=()
if [[ -f "$esco/skills_en.csv" ]]; then
  log "using the ESCO taxonomy in $esco"
else
  log "no ESCO in $esco: bundles carry a generated taxonomy"
  esco=""
  generate_taxonomy=(--no-esco)
fi

eval "$(bash scripts/start-test-postgres.sh)"
trap 'bash scripts/stop-test-postgres.sh "$WOSHOU_TEST_PG_DIR"' EXIT
pg_base=${WOSHOU_TEST_PG%dbname=*}
pg_port=$(sed 's/.*port=\([0-9]*\).*/\1/' <<<"$WOSHOU_TEST_PG")

declare -A r  # results, "scale.metric" -> text

# The first table row whose first cell is $label, after the line matching $section.
row_after() {  # file section label
  awk -v section="$2" -v label="$3" '
    index($0, section) == 1 { on = 1; next }
    on && $0 ~ /^\|/ { split($0, c, "|"); gsub(/^ +| +$/, "", c[2]); if (c[2] == label) { print; exit } }' "$1"
}
# Cell n (1 = the label) of a markdown row.
cell() { awk -F'|' -v n="$2" '{ v = $(n + 1); gsub(/^ +| +$/, "", v); print v }' <<<"$1"; }

# woshou import ...: "imported N rows in S s (R rows/s; write W s, WR rows/s)"
import_into() {  # scale kind db
  local scale="$1" kind="$2" db="$3" out
  if [[ -n "$esco" ]]; then
    out=$("$cli" import esco "$esco" --db "$db" --skip-unknown-occupations 2>/dev/null | grep -a -o 'imported .*')
    echo "$kind ESCO: $out" >>"$work/$scale.log"
  fi
  out=$("$cli" import bundle "$work/$scale" --db "$db" 2>/dev/null | grep -a -o 'imported .*')
  echo "$kind bundle: $out" >>"$work/$scale.log"
  read -r rows secs rate wsecs wrate < <(sed -n 's/^imported \([0-9]*\) rows in \([0-9.]*\) s (\([0-9]*\) rows\/s; write \([0-9.]*\) s, \([0-9]*\) rows\/s).*/\1 \2 \3 \4 \5/p' <<<"$out")
  r[$scale.rows]=$rows
  r[$scale.$kind.import]="$secs s, $rate rows/s"
  r[$scale.$kind.write]="$wsecs s, $wrate rows/s"
}

run_scale() {
  local scale="$1" lg="$work/$1.log"
  : >"$lg"
  r[$scale.load_start]=$(load1)
  log "$scale: generating (seed $seed)"
  rm -rf "${work:?}/$scale"
  local started=$SECONDS
  "$cli" generate --scale "$scale" --seed "$seed" --out "$work/$scale" "${generate_taxonomy[@]}" >>"$lg" 2>/dev/null
  r[$scale.generate]="$((SECONDS - started)) s"

  log "$scale: importing into SQLite"
  local sqlite="sqlite:$(pwd)/$work/$scale.db"
  rm -f "$work/$scale.db" "$work/$scale.db-wal" "$work/$scale.db-shm"
  import_into "$scale" sqlite "$sqlite"

  log "$scale: importing into PostgreSQL"
  local dbname="woshou_bench_$scale"
  # As root, start-test-postgres.sh runs the server as the postgres user.
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- /usr/lib/postgresql/15/bin/createdb -h 127.0.0.1 -p "$pg_port" -U postgres "$dbname"
  else
    /usr/lib/postgresql/15/bin/createdb -h 127.0.0.1 -p "$pg_port" -U postgres "$dbname"
  fi
  local pg="${pg_base}dbname=$dbname user=postgres"
  import_into "$scale" postgresql "$pg"

  log "$scale: snapshot, gap, match and micro-major benchmarks"
  local flags=()
  [[ $quick -eq 1 ]] && flags+=(--quick)
  "$build/tests/bench/woshou_db_bench" --db "$sqlite" --label "$scale" "${flags[@]}" >"$work/$scale.db_bench.md"
  "$build/tests/bench/woshou_db_bench" --db "$pg" --label "$scale" --snapshot-only >"$work/$scale.db_bench_pg.md"
  cat "$work/$scale.db_bench.md" "$work/$scale.db_bench_pg.md" >>"$lg"
  local row
  for kind in sqlite postgresql; do
    local file="$work/$scale.db_bench.md"
    [[ $kind == postgresql ]] && file="$work/$scale.db_bench_pg.md"
    row=$(row_after "$file" "## Snapshot" "$scale")
    r[$scale.$kind.snapshot]="$(cell "$row" 11) s"
    r[$scale.$kind.rss]="$(cell "$row" 12) MiB"
    r[$scale.shape]="$(cell "$row" 6) majors, $(cell "$row" 7) courses, $(cell "$row" 8) courses/plan, $(cell "$row" 9) demands, $(cell "$row" 10) demand skills"
  done
  row=$(row_after "$work/$scale.db_bench.md" "## Gap report" "$scale")
  r[$scale.gap_warm]="$(cell "$row" 5) / $(cell "$row" 6) µs"
  r[$scale.gap_cold]="$(awk -v a="$(cell "$row" 7)" -v b="$(cell "$row" 8)" 'BEGIN { printf "%.1f / %.1f ms", a / 1000, b / 1000 }')"
  row=$(row_after "$work/$scale.db_bench.md" "## Match" "$scale")
  r[$scale.match]="$(cell "$row" 5) / $(cell "$row" 7) µs"
  r[$scale.match_cold]="$(awk -v a="$(cell "$row" 9)" 'BEGIN { printf "%.1f ms", a / 1000 }')"
  local routes=""
  for route in "GET /healthz" "majors/{id} |" "{id}/gap"; do
    row=$(grep -F "| $scale |" "$work/$scale.db_bench.md" | grep -F "$route" | awk 'NR == 1')
    routes+="${routes:+, }$(cell "$row" 4)"
  done
  r[$scale.handlers]="$routes µs"
  row=$(row_after "$work/$scale.db_bench.md" "## Micro-major" "$scale")
  r[$scale.micro]="$(cell "$row" 5) / $(cell "$row" 6) ms"

  log "$scale: SQL-only baseline"
  local plans=10 runs=3
  [[ $scale == province ]] && { plans=5; runs=2; }
  [[ $scale == nation ]] && { plans=3; runs=1; }
  [[ $quick -eq 1 ]] && { plans=2; runs=1; }
  "$build/tests/bench/woshou_baseline_bench" --db "$sqlite" --db "$pg" --label "$scale" --plans "$plans" --runs "$runs" \
    >"$work/$scale.baseline.md" 2>>"$lg" || log "$scale: the SQL baseline differs from the engine (see $lg)"
  cat "$work/$scale.baseline.md" >>"$lg"
  for kind in sqlite postgresql; do
    row=$(awk -F'|' -v k="$kind" '{ v = $3; gsub(/ /, "", v); if (v == k) print }' "$work/$scale.baseline.md")
    r[$scale.$kind.baseline]="$(cell "$row" 5) ms (÷ warm $(cell "$row" 9), ÷ cold $(cell "$row" 10))"
    r[$scale.$kind.baseline_equal]="$(cell "$row" 13) of $(cell "$row" 3) plans differ; max ΔA $(cell "$row" 11)"
  done

  log "$scale: HTTP with wrk"
  local duration=10
  [[ $quick -eq 1 ]] && duration=3
  bash scripts/bench-http.sh --db "$sqlite" --label "$scale" --duration "$duration" --woshoud "$build/server/woshoud" \
    >"$work/$scale.http.md" 2>>"$lg"
  cat "$work/$scale.http.md" >>"$lg"
  for route in "GET /healthz" "majors/{id} |" "{id}/gap" "/api/v1/match"; do
    row=$(grep -F "$route" "$work/$scale.http.md" | awk 'NR == 1')
    r[$scale.http.$route]="$(cell "$row" 3) req/s, p50 $(cell "$row" 4) ms, p99 $(cell "$row" 5) ms (÷ $(cell "$row" 7))"
  done
  r[$scale.load]="${r[$scale.load_start]} / $(load1)"
}

for scale in "${scales[@]}"; do run_scale "$scale"; done

header="| | $(printf '%s | ' "${scales[@]}")"
divider="|---|$(printf -- '---|%.0s' "${scales[@]}")"
line() {  # title key
  local out="| $1 |"
  for scale in "${scales[@]}"; do out+=" ${r[$scale.$2]:-} |"; done
  echo "$out"
}
echo "woshou benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM;" \
     "$(g++ --version | awk 'NR == 1'), Release (-O3 -DNDEBUG); PostgreSQL 15 from scripts/start-test-postgres.sh (fsync off); seed $seed"
echo
echo "$header"
echo "$divider"
line "data" shape
line "bundle rows (without ESCO)" rows
line "generate" generate
line "import into SQLite (whole command)" sqlite.import
line "… of which the database write" sqlite.write
line "import into PostgreSQL (whole command)" postgresql.import
line "… of which the database write" postgresql.write
line "snapshot from SQLite: load + build" sqlite.snapshot
line "… peak RSS" sqlite.rss
line "snapshot from PostgreSQL: load + build" postgresql.snapshot
line "… peak RSS" postgresql.rss
line "gap report warm p50 / p99" gap_warm
line "gap report cold (new scope) p50 / p99" gap_cold
line "match engine p50 / whole POST p50" match
line "match index build (per snapshot) p50" match_cold
line "micro-major recommendation p50 / p99 (pool 2,000)" micro
line "handler path without socket p50: /healthz, major, gap report" handlers
line "HTTP GET /healthz" "http.GET /healthz"
line "HTTP GET /api/v1/majors/{id}" "http.majors/{id} |"
line "HTTP GET /api/v1/majors/{id}/gap" "http.{id}/gap"
line "HTTP POST /api/v1/match" "http./api/v1/match"
line "SQL-only gap report, SQLite, p50" sqlite.baseline
line "… equal to the engine" sqlite.baseline_equal
line "SQL-only gap report, PostgreSQL, p50" postgresql.baseline
line "… equal to the engine" postgresql.baseline_equal
line "load average (1 min) at start / end" load
echo
log "detailed tables: $work/<scale>.log"
