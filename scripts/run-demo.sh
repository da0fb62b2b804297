#!/usr/bin/env bash
# README command 1: install dependencies, build, load the demo bundle into a
# SQLite file and serve it on 127.0.0.1:8080 (Ctrl-C stops the server).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh

mkdir -p var
db="sqlite:$(pwd)/var/demo.db"
# Re-importing the same bundle changes nothing, so this is safe to repeat.
./build/clients/woshou import bundle importers/demo/bundle --db "$db"

listen="${WOSHOU_LISTEN:-127.0.0.1:8080}"
cat <<TXT

woshou demo is starting on http://$listen  (Ctrl-C to stop). Try:
  curl -s http://$listen/api/v1/stats
  curl -s 'http://$listen/api/v1/majors?q=软件'
  curl -s http://$listen/api/v1/majors/JHUT-080901
  curl -s 'http://$listen/api/v1/skills?q=python'
  ./build/clients/woshou majors search 数据 --server http://$listen
  ./build/clients/woshou major show JHUT-080902 --server http://$listen

TXT
exec ./build/server/woshoud --db "$db" --listen "$listen"
