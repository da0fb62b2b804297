#!/usr/bin/env bash
# Configures and builds woshou (Release) into build/. Both README commands use
# this one build directory, so the second command reuses the first's objects.
set -euo pipefail
cd "$(dirname "$0")/.."
build_type="${WOSHOU_BUILD_TYPE:-Release}"
cmake -S . -B build -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build build -j"${WOSHOU_JOBS:-2}"
