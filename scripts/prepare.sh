#!/usr/bin/env bash
# Installs what running or testing needs beyond the .NET SDK and Node: the npm packages (Azurite and
# the SignalR browser client) and, with --browser, Debian's Chromium for the browser test.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/lib/chromium/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
  else
    echo "The browser test needs Chromium: sudo apt-get install chromium" >&2
    exit 1
  fi
fi
