#!/usr/bin/env bash
# Installs what a clean Debian machine lacks for Plexus's tests: the compiler toolchain that
# better-sqlite3 builds with when no prebuilt binary can be downloaded, and Debian's chromium,
# which the end-to-end tests (test/e2e) drive through playwright-core, Debian's networkx, with
# which test/export/networkx.test.ts reads the GEXF and GraphML exports, and Debian's PostgreSQL,
# whose initdb and pg_ctl the queue's tests start throwaway servers with. Safe to run again.
set -euo pipefail

missing=()
command -v python3 >/dev/null || missing+=(python3)
command -v make >/dev/null || missing+=(make)
command -v g++ >/dev/null || missing+=(g++)
# The e2e tests launch /usr/bin/chromium (Debian's package; no browser download at test time).
[ -x /usr/bin/chromium ] || missing+=(chromium)
# The export tests read GEXF and GraphML with networkx, as an analyst would (Debian's python3).
{ [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import networkx' 2>/dev/null; } || missing+=(python3-networkx)
# The queue's tests (test/queue) run a throwaway PostgreSQL server (test/helpers/postgres.ts); the
# package also makes the 'postgres' user that the server runs as when the tests run as root.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
# The PostgreSQL store engine talks to the server through libpq (pg-native, an optional
# dependency compiled at npm install): its headers must be there before npm ci.
[ -f /usr/include/postgresql/libpq-fe.h ] || missing+=(libpq-dev)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
    echo "setup-machine: need ${missing[*]} but cannot install without root" >&2
    exit 1
  fi
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
  echo "setup-machine: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
echo "setup-machine: ready (node $(node --version))" >&2
