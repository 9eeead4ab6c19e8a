#!/usr/bin/env bash
# One student's diary on SQLite: the demo school seeded into a throwaway directory, the app started in Release and the
# Production environment on loopback; the demo parent (Кузнецова) signed in with the page's cookie and with a bearer
# token. Then the server time of her first child's current week:
#   /Diary?studentId=…                       — the week page,
#   /api/v1/students/…/diary                 — the API's week (200, the whole answer),
#   /api/v1/students/…/diary + If-None-Match — the same with the ETag of the last answer (304, no body),
#   /api/v1/students/…/marks  (200 and 304)  — marks by subject with the rule,
# each REPEAT times after a warm-up, as curl's time_starttransfer − time_pretransfer, median, p95 and max in ms.
# Usage: bench/diary.sh [REPEAT]   (default 30)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
repeat=${1:-30}
work=${PARTA_BENCH_DIR:-/tmp/parta-diary-bench}
port=${PARTA_BENCH_PORT:-5096}
base="http://127.0.0.1:$port"
rm -rf "$work"
mkdir -p "$work"
dotnet build -c Release "$root/src/Parta.Web" -v q -nologo
bin="$root/src/Parta.Web/bin/Release/net10.0"
quiet=--Logging:LogLevel:Default=Warning

(cd "$bin" && dotnet Parta.Web.dll seed demo --Parta:DataDirectory="$work/data" $quiet)
. "$root/bench/demo-app.sh"
start_app "$bin" "$base" "$work/app.log" --Parta:DataDirectory="$work/data"

stats() {
  sort -g | awk '{ v[NR] = $1 } END {
    p50 = v[int((NR + 1) / 2)]; i95 = int(NR * 0.95); if (i95 < 1) i95 = 1; if (i95 > NR) i95 = NR;
    printf "n=%d медиана %.1f мс, p95 %.1f мс, макс %.1f мс\n", NR, p50 * 1000, v[i95] * 1000, v[NR] * 1000 }'
}
timing='%{http_code} %{time_pretransfer} %{time_starttransfer} %{size_download}\n'

token=$(curl -fsS -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"login":"parent","password":"parta-demo"}' | jq -r .accessToken)
student=$(curl -fsS -H "Authorization: Bearer $token" "$base/api/v1/me" | jq -r '.children[0].studentId')
jar="$work/cookies.txt"
form_token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
login_token=$(curl -fsS -c "$jar" -b "$jar" "$base/Account/Login" | form_token)
curl -fsS -o /dev/null -c "$jar" -b "$jar" -X POST "$base/Account/Login" \
  --data-urlencode "Login=parent" --data-urlencode "Password=parta-demo" --data-urlencode "__RequestVerificationToken=$login_token"

# run NAME EXPECTED CURL-ARGS… — warm-up, then REPEAT timed requests.
run() {
  local name=$1 expected=$2
  shift 2
  for _ in $(seq 1 5); do curl -s -o /dev/null "$@"; done
  for _ in $(seq 1 "$repeat"); do curl -s -o /dev/null -w "$timing" "$@"; done > "$work/run.txt"
  local bad
  bad=$(awk -v e="$expected" '$1 != e' "$work/run.txt" | wc -l)
  echo "$name ($(awk 'NR == 1 { print $4 }' "$work/run.txt") байт, не $expected: $bad): $(awk '{ printf "%.6f\n", $3 - $2 }' "$work/run.txt" | stats)"
}

auth=(-H "Authorization: Bearer $token")
run "/Diary (страница недели)" 200 -b "$jar" "$base/Diary?studentId=$student"
for what in diary marks; do
  url="$base/api/v1/students/$student/$what"
  etag=$(curl -fsS -D - -o /dev/null "${auth[@]}" "$url" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }')
  run "/api/v1/students/…/$what (200)" 200 "${auth[@]}" "$url"
  run "/api/v1/students/…/$what (If-None-Match, 304)" 304 "${auth[@]}" -H "If-None-Match: $etag" "$url"
done
echo "Нагрузка машины: $(cut -d" " -f1-3 /proc/loadavg), ядер: $(nproc)"
