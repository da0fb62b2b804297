#!/usr/bin/env bash
# Installs every Debian 12 package woshou needs to build, run and test.
# Idempotent; run as root. Both README commands call it. docs/dependencies.md
# says why each package is here.
set -euo pipefail

packages=(
  build-essential cmake ccache pkg-config git
  libboost1.81-dev libboost-test1.81-dev
  rapidjson-dev
  libsoci-dev libsqlite3-dev libpq-dev sqlite3
  libcsv-dev libcli11-dev libspdlog-dev libfmt-dev libicu-dev
  libsodium-dev libxlsxwriter-dev
  postgresql-15 curl
  unzip libxml2-utils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages (${missing[*]}); run this script as root" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
