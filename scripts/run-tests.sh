#!/usr/bin/env bash
# README command 2: install dependencies, build, start a throwaway PostgreSQL,
# run the whole suite through ctest, stop PostgreSQL. Exit code = ctest's.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh

eval "$(bash scripts/start-test-postgres.sh)"
trap 'bash scripts/stop-test-postgres.sh "$WOSHOU_TEST_PG_DIR"' EXIT
echo "run-tests: PostgreSQL test server at $WOSHOU_TEST_PG_DIR"

ctest --test-dir build --output-on-failure --timeout 1200 "$@"
