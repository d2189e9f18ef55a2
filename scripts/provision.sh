#!/usr/bin/env bash
# Makes this machine able to run the whole test suite: Debian's Chromium for Playwright
# (`npx playwright install` cannot download here) and a PostgreSQL server for the integration
# and e2e databases. Acts only on what is missing, so it is cheap to run every time.
# Used by `npm run test:all` and `.ci/run`; needs root (or passwordless sudo) only to install.
set -euo pipefail

say() { echo "[provision] $*"; }

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; fi
export DEBIAN_FRONTEND=noninteractive

APT_UPDATED=""
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    say "cannot install $* here (no apt-get); install it and run again"
    return 1
  fi
  if [ -z "$APT_UPDATED" ]; then
    $SUDO apt-get update -q </dev/null
    APT_UPDATED=1
  fi
  $SUDO apt-get install -y -q "$@" </dev/null
}

# The port scripts/test-db.mjs probes (TEST_PG_PROBE_PORT exists to simulate a silent server).
PG_PORT="${TEST_PG_PROBE_PORT:-5432}"
pg_answers() { # host port
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# ── Chromium for Playwright ──
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  say "installing Debian chromium"
  apt_install chromium
fi

# ── PostgreSQL ──
# scripts/test-db.mjs uses TEST_DATABASE_URL, else 127.0.0.1:5432, else a throwaway cluster
# from /usr/lib/postgresql/*/bin. Make the usual server answer if we can; the throwaway
# cluster remains the fallback as long as the binaries are installed.
if [ -n "${TEST_DATABASE_URL:-}" ] || pg_answers 127.0.0.1 "$PG_PORT"; then
  exit 0
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  say "installing Debian postgresql"
  apt_install postgresql
fi
if [ -d /etc/postgresql ] && [ -n "$(ls -A /etc/postgresql 2>/dev/null)" ]; then
  for version in $(ls /etc/postgresql); do
    say "starting PostgreSQL cluster $version/main"
    $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start </dev/null || true
  done
  for _ in $(seq 1 30); do pg_answers 127.0.0.1 "$PG_PORT" && break; sleep 1; done
fi
if pg_answers 127.0.0.1 "$PG_PORT"; then
  say "PostgreSQL answers on 127.0.0.1:$PG_PORT"
else
  say "127.0.0.1:$PG_PORT still silent; test-db.mjs will start throwaway clusters"
fi
