#!/usr/bin/env bash
# School-wide reports on SQLite: the demo school seeded into a throwaway directory, the app started in Release and the
# Production environment on loopback, signed in as the demo coordinator with the sign-in form's cookie; then the server
# time of the pages (the whole school, the current period / month, as opened from the menu):
#   /Reports/Filling   — journal filling control,   /Reports/Overview — the director's overview,
#   /Reports/Attendance — attendance of the school for the current month,
#   /Reports/ClassPeriod — the class teacher's period report (the first class, the latest period with period marks),
# each REPEAT times after a warm-up, as curl's time_starttransfer − time_pretransfer, median, p95 and max in ms.
# Usage: bench/school-reports.sh [REPEAT]   (default 30)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
repeat=${1:-30}
work=${PARTA_BENCH_DIR:-/tmp/parta-school-reports-bench}
port=${PARTA_BENCH_PORT:-5095}
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

jar="$work/cookies.txt"
form_token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
login_token=$(curl -fsS -c "$jar" -b "$jar" "$base/Account/Login" | form_token)
curl -fsS -o /dev/null -c "$jar" -b "$jar" -X POST "$base/Account/Login" \
  --data-urlencode "Login=coordinator" --data-urlencode "Password=parta-demo" --data-urlencode "__RequestVerificationToken=$login_token"

for page in Filling Overview Attendance ClassPeriod; do
  url="$base/Reports/$page"
  for _ in $(seq 1 5); do curl -s -o /dev/null -b "$jar" "$url"; done
  for _ in $(seq 1 "$repeat"); do curl -s -o /dev/null -w "$timing" -b "$jar" "$url"; done > "$work/$page.txt"
  bad=$(awk '$1 != 200' "$work/$page.txt" | wc -l)
  echo "/Reports/$page ($(awk 'NR == 1 { print $4 }' "$work/$page.txt") байт, не 200: $bad): $(awk '{ printf "%.6f\n", $3 - $2 }' "$work/$page.txt" | stats)"
done
echo "Нагрузка машины: $(cut -d" " -f1-3 /proc/loadavg), ядер: $(nproc)"
