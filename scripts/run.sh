#!/usr/bin/env bash
# Runs LibraryLive: one silo with the web app on http://127.0.0.1:5000, Azurite started by the host
# when no storage connection string is configured. Extra arguments pass through, for example:
#   scripts/run.sh --simulate --speed 60
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/prepare.sh

exec dotnet run --project src/Silo -c Release -- "$@"
