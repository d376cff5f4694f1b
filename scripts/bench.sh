#!/usr/bin/env bash
# The end-to-end benchmark of docs/performance.md: starts a Release host on port 5090 with its own Azurite
# (data on disk in a temporary folder, as the main command keeps it), runs the load, stops both.
#   scripts/bench.sh [seconds per round] [concurrent callers] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prepare.sh

data=$(mktemp -d)
dotnet build -c Release -v q src/Silo > /dev/null
dotnet build -c Release -v q bench/LibraryLive.Bench > /dev/null
node node_modules/azurite/dist/src/table/main.js --silent --disableTelemetry --skipApiVersionCheck \
  --location "$data" --tableHost 127.0.0.1 --tablePort 10092 > /dev/null &
azurite=$!
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export ConnectionStrings__Storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;TableEndpoint=http://127.0.0.1:10092/devstoreaccount1;"
dotnet src/Silo/bin/Release/net10.0/LibraryLive.Silo.dll --urls http://127.0.0.1:5090 --Orleans:ClusterId bench \
  --Orleans:SiloPort 11190 --Orleans:GatewayPort 30090 --Logging:LogLevel:Default Warning > "$data/host.log" 2>&1 &
host=$!
trap 'kill $host $azurite 2>/dev/null; wait $host $azurite 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5090/health > /dev/null && break; sleep 0.5; done
dotnet bench/LibraryLive.Bench/bin/Release/net10.0/LibraryLive.Bench.dll http://127.0.0.1:5090 "${1:-10}" "${2:-32}" "${3:-3}"
