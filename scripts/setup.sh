#!/usr/bin/env bash
# One-time setup on a fresh machine: Chromium for the browser tests (Debian's
# package, as root or through sudo) and the npm dependencies from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$chrome" ]; then
  as_root=""
  [ "$(id -u)" = 0 ] || as_root="sudo"
  if command -v apt-get >/dev/null && { [ -z "$as_root" ] || command -v sudo >/dev/null; }; then
    echo "setup: installing Debian's chromium (the browser tests run in it)…"
    $as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq chromium fonts-liberation >/dev/null
  else
    echo "setup: Chromium is missing at $chrome. Install it with:"
    echo "  sudo apt-get update && sudo apt-get install -y chromium fonts-liberation"
    echo "or set CHROME_PATH to a Chromium or Chrome binary. (npm start works without it.)"
  fi
fi

# Browsers are never downloaded by npm packages here: the tests use the one above.
export PUPPETEER_SKIP_DOWNLOAD=1
npm ci --no-audit --no-fund
