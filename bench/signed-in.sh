#!/usr/bin/env bash
# The cost of being signed in: requests/s of GET /api/v1/me with a bearer token (the demo teacher) against the
# unauthenticated GET /health of the same app, with wrk at 16 connections, alternating /health and /me ROUNDS times;
# prints each run and the median ratio. On SQLite (the demo school in a throwaway directory) or, with
# PARTA_BENCH_PG="Host=…;Database=…" (an already seeded PostgreSQL database), on PostgreSQL.
# Usage: bench/signed-in.sh [ROUNDS] [SECONDS]   (defaults 3 and 10; PARTA_BENCH_BIN=a built Release folder to measure)
# Results: docs/performance.md, «Цена запроса вошедшего пользователя».
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-3}
seconds=${2:-10}
work=${PARTA_BENCH_DIR:-/tmp/parta-signed-in-bench}
port=${PARTA_BENCH_PORT:-5094}
base="http://127.0.0.1:$port"
quiet=--Logging:LogLevel:Default=Warning
if [ -z "${PARTA_BENCH_BIN:-}" ]; then
  dotnet build -c Release "$root/src/Parta.Web" -v q -nologo
  bin="$root/src/Parta.Web/bin/Release/net10.0"
else
  bin=$PARTA_BENCH_BIN
fi

if [ -n "${PARTA_BENCH_PG:-}" ]; then
  db=(--Database:Provider=Postgres "--ConnectionStrings:Parta=$PARTA_BENCH_PG")
else
  db=(--Parta:DataDirectory="$work/data")
  if [ ! -f "$work/data/parta.db" ]; then
    mkdir -p "$work"
    (cd "$bin" && dotnet Parta.Web.dll seed demo "${db[@]}" $quiet)
  fi
fi

. "$root/bench/demo-app.sh"
start_app "$bin" "$base" "$work.app.log" "${db[@]}"
token=$(demo_token "$base")
curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$base/api/v1/me"

rps() { wrk -t2 -c16 -d"${seconds}s" --latency "$@" | awk '/Requests\/sec/ { print $2 }'; }
# Warm-up: the JIT and the connection pools.
wrk -t2 -c16 -d3s "$base/health" > /dev/null
wrk -t2 -c16 -d3s -H "Authorization: Bearer $token" "$base/api/v1/me" > /dev/null

ratios=()
for i in $(seq 1 "$rounds"); do
  health=$(rps "$base/health")
  me=$(rps -H "Authorization: Bearer $token" "$base/api/v1/me")
  ratio=$(awk -v a="$me" -v b="$health" 'BEGIN { printf "%.3f", a / b }')
  ratios+=("$ratio")
  echo "round $i: /health $health req/s, /api/v1/me $me req/s, ratio $ratio"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
echo "median ratio: $median"
