#!/usr/bin/env bash
# Journal benchmark on SQLite: the demo school seeded into a throwaway directory, the app started in Release and the
# Production environment on loopback, a bearer token of the demo teacher; then the server time of
#   (a) GET /api/v1/teaching-assignments/{id}/journal?periodId=  — a class's journal for the current quarter, and
#   (b) PUT /api/v1/assessments/{id}/marks/{studentId}           — saving one mark (alternating 4 and 5),
#   (c) GET /Journal/Grid?assignmentId=&periodId=                 — the journal page, signed in with a cookie,
# each REPEAT times after a warm-up, as curl's time_starttransfer − time_pretransfer (the server's time to the first
# byte on a kept-free loopback connection), reported as median, p95 and max in milliseconds.
# When the quarter's journal has few marks (the demo's marks may not be there), the past lessons without an assessment
# get one «answer» column with a mark for every student on the list, through the same API, before measuring.
# Usage: bench/journal.sh [REPEAT]   (default 200; results: docs/PERFORMANCE.md)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
repeat=${1:-200}
work=${PARTA_BENCH_DIR:-/tmp/parta-journal-bench}
port=${PARTA_BENCH_PORT:-5093}
base="http://127.0.0.1:$port"
rm -rf "$work"
mkdir -p "$work"
dotnet build -c Release "$root/src/Parta.Web" -v q -nologo
bin="$root/src/Parta.Web/bin/Release/net10.0"
quiet=--Logging:LogLevel:Default=Warning

(cd "$bin" && dotnet Parta.Web.dll seed demo --Parta:DataDirectory="$work/data" $quiet)
. "$root/bench/demo-app.sh"
start_app "$bin" "$base" "$work/app.log" --Parta:DataDirectory="$work/data"
token=$(demo_token "$base")
auth=(-H "Authorization: Bearer $token")
api() { curl -fsS "${auth[@]}" "$@"; }

school=$(api "$base/api/v1/me" | jq -r '.schools[0].id')
today=$(date -u +%F)
# The first of the teacher's class (not group) assignments is measured, in the quarter of the year that holds today.
assignment=$(api "$base/api/v1/me/teaching-assignments" | jq -r '[.[] | select(.classId != null)][0].id')
name=$(api "$base/api/v1/me/teaching-assignments" | jq -r --arg a "$assignment" '.[] | select(.id == $a) | .name')
period=$(api "$base/api/v1/schools/$school/years" \
  | jq -r --arg d "$today" '[.[].periods[] | select(.kind == "quarter" and .start <= $d and .end >= $d)][0].id')
journal="$base/api/v1/teaching-assignments/$assignment/journal?periodId=$period"

summary() {
  api "$journal" | jq -r --arg d "$today" \
    '"\(.lessons | length) уроков (прошло \([.lessons[] | select(.date <= $d)] | length)), \(.students | length) учащихся, \(.marks | length) отметок, \(.attendance | length) отметок посещаемости"'
}
echo "Журнал: $name, период $period: $(summary)"

marks=$(api "$journal" | jq '.marks | length')
students=$(api "$journal" | jq '.students | length')
past=$(api "$journal" | jq --arg d "$today" '[.lessons[] | select(.date <= $d)] | length')
if [ "$marks" -lt $((students * past / 2)) ]; then
  echo "Отметок мало: заполняю прошедшие уроки без заданий (одна колонка «answer», отметка каждому в списке)…"
  n=0
  for lesson in $(api "$journal" | jq -r --arg d "$today" '.lessons[] | select(.date <= $d and (.assessments | length) == 0) | .id'); do
    assessment=$(api -X POST "$base/api/v1/lessons/$lesson/assessments" -H 'Content-Type: application/json' \
      -d '{"workType":"answer"}' | jq -r .id)
    for student in $(api "$journal" | jq -r '.students[].id'); do
      value=$(( (n * 7 + 3) % 4 + 2 ))
      n=$((n + 1))
      curl -s -o /dev/null "${auth[@]}" -X PUT "$base/api/v1/assessments/$assessment/marks/$student" \
        -H 'Content-Type: application/json' -d "{\"value\":\"$value\"}" || true
    done
  done
  echo "Журнал теперь: $(summary)"
fi

# The cell to save: the latest past lesson's first assessment and a student who has a mark in it.
read -r cell_assessment cell_student < <(api "$journal" | jq -r --arg d "$today" '
  . as $j | [$j.lessons[] | select(.date <= $d and (.assessments | length) > 0)] | last | .assessments[0].id as $a
  | [$j.marks[] | select(.assessmentId == $a)][0] | "\($a) \(.studentId)"')
mark="$base/api/v1/assessments/$cell_assessment/marks/$cell_student"

stats() {
  sort -g | awk '{ v[NR] = $1 } END {
    p50 = v[int((NR + 1) / 2)]; i95 = int(NR * 0.95); if (i95 < 1) i95 = 1; if (i95 > NR) i95 = NR;
    printf "n=%d медиана %.1f мс, p95 %.1f мс, макс %.1f мс\n", NR, p50 * 1000, v[i95] * 1000, v[NR] * 1000 }'
}
timing='%{http_code} %{time_pretransfer} %{time_starttransfer} %{size_download}\n'

for _ in $(seq 1 20); do curl -s -o /dev/null "${auth[@]}" "$journal"; done
for _ in $(seq 1 "$repeat"); do curl -s -o /dev/null -w "$timing" "${auth[@]}" "$journal"; done > "$work/get.txt"
for i in $(seq 1 $((repeat + 20))); do
  curl -s -o /dev/null -w "$timing" "${auth[@]}" -X PUT "$mark" -H 'Content-Type: application/json' -d "{\"value\":\"$((4 + i % 2))\"}"
done | tail -n "$repeat" > "$work/put.txt"

# (c) the journal page itself (the grid the teacher sees, rendered on the server) for the same class and quarter, signed
# in with the sign-in form's cookie as a browser is.
jar="$work/cookies.txt"
form_token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
login_token=$(curl -fsS -c "$jar" -b "$jar" "$base/Account/Login" | form_token)
curl -fsS -o /dev/null -c "$jar" -b "$jar" -X POST "$base/Account/Login" \
  --data-urlencode "Login=teacher" --data-urlencode "Password=parta-demo" --data-urlencode "__RequestVerificationToken=$login_token"
page="$base/Journal/Grid?assignmentId=$assignment&periodId=$period"
for _ in $(seq 1 20); do curl -s -o /dev/null -b "$jar" "$page"; done
for _ in $(seq 1 "$repeat"); do curl -s -o /dev/null -w "$timing" -b "$jar" "$page"; done > "$work/page.txt"

bad=$(awk '$1 != 200' "$work/get.txt" "$work/put.txt" "$work/page.txt" | wc -l)
echo "GET журнала ($(awk 'NR == 1 { print $4 }' "$work/get.txt") байт): $(awk '{ printf "%.6f\n", $3 - $2 }' "$work/get.txt" | stats)"
echo "Страница журнала ($(awk 'NR == 1 { print $4 }' "$work/page.txt") байт): $(awk '{ printf "%.6f\n", $3 - $2 }' "$work/page.txt" | stats)"
echo "PUT отметки: $(awk '{ printf "%.6f\n", $3 - $2 }' "$work/put.txt" | stats)"
echo "Ответы не 200: $bad"
echo "Нагрузка машины: $(cut -d" " -f1-3 /proc/loadavg), ядер: $(nproc)"
