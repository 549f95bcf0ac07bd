#!/usr/bin/env bash
# Installs what the integration tests need besides Java and Maven, from Debian's packages:
# a PostgreSQL server (the tests start their own throw-away cluster on a free port with it).
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "PostgreSQL server binaries are missing: install the 'postgresql' package (sudo apt-get install postgresql)" >&2
  exit 1
fi
echo "Installing PostgreSQL for the integration tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql >/dev/null
