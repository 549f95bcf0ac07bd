#!/usr/bin/env bash
# Installs what the integration tests need besides Java and Maven, from Debian's packages:
# a PostgreSQL server (the tests start their own throw-away cluster on a free port with it) and OpenSSH's
# client (the tests run Karaf shell commands over SSH with it).
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v ssh >/dev/null && command -v ssh-keygen >/dev/null; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "Missing test tools: install the packages postgresql and openssh-client (sudo apt-get install ...)" >&2
  exit 1
fi
echo "Installing PostgreSQL and OpenSSH's client for the integration tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql openssh-client >/dev/null
