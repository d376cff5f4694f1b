#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need, then `dotnet test`.
# The tests start their own Azurite (from node_modules) and drive Debian's Chromium for the browser test.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/prepare.sh --browser

dotnet test LibraryLive.sln "$@"
