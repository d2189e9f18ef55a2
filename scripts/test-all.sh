#!/usr/bin/env bash
# Runs every check the project has, in order, stopping at the first failure:
#   lint → typecheck → migration check → unit → integration → next build → playwright.
# Usage: npm run test:all   (CI: .ci/run provisions the machine, then runs this)
set -euo pipefail

cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
export npm_config_update_notifier=false
export npm_config_fund=false

START=$(date +%s)
TIMINGS=()
CURRENT=""

fmt() { # seconds → "1m05s" / "42s"
  local s=$1
  if ((s >= 60)); then printf '%dm%02ds' $((s / 60)) $((s % 60)); else printf '%ds' "$s"; fi
}

summary() {
  local code=$?
  local total=$(($(date +%s) - START))
  echo
  echo "──────────────────────────────────────────────────────────────"
  if ((code == 0)); then
    echo "test:all PASSED in $(fmt "$total") (${TIMINGS[*]})"
  else
    echo "test:all FAILED at step \"${CURRENT:-setup}\" (exit $code) after $(fmt "$total")${TIMINGS:+ (passed: ${TIMINGS[*]})}"
  fi
}
trap summary EXIT

step() { # step <name> <command...>
  CURRENT=$1
  shift
  echo
  echo "══════ [$((${#TIMINGS[@]} + 1))/7] $CURRENT: $* ══════"
  local t0
  t0=$(date +%s)
  "$@"
  local dt=$(($(date +%s) - t0))
  echo "══════ $CURRENT passed in $(fmt "$dt") ══════"
  TIMINGS+=("$CURRENT $(fmt "$dt")")
}

# On a fresh clone nothing is installed yet: Chromium and PostgreSQL where missing, then
# exactly package-lock.json (`npm ci`), with plain bash and node rather than npm scripts.
bash scripts/provision.sh </dev/null
node scripts/install.mjs
step lint npm run --silent lint
step typecheck npm run --silent typecheck
step migrations node scripts/migrate.mjs check
step unit npx --no-install vitest run --project unit
step integration npx --no-install vitest run --project integration
step build npx --no-install next build
step e2e npx --no-install playwright test
CURRENT=""
