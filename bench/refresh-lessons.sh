#!/usr/bin/env bash
# Lesson generation benchmark on SQLite: the demo school (31 classes, its whole timetable) seeded into a throwaway
# directory, its dated lessons deleted, then `refresh-lessons` makes the whole year from empty, and once more with
# nothing changed. Also times the demo seed itself (which makes the year's lessons too).
# Usage: bench/refresh-lessons.sh   (results: docs/PERFORMANCE.md)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${PARTA_BENCH_DIR:-/tmp/parta-lessons-bench}
rm -rf "$work"
mkdir -p "$work"
dotnet build -c Release "$root/src/Parta.Web" -v q -nologo
web="$root/src/Parta.Web/bin/Release/net10.0/Parta.Web.dll"
quiet=--Logging:LogLevel:Default=Warning
for run in 1 2 3; do
  rm -rf "$work/seed"
  /usr/bin/time -f "seed demo (with the year's lessons), run $run: %e s wall, %M KiB peak" \
    dotnet "$web" seed demo --Parta:DataDirectory="$work/seed" $quiet
done

for run in 1 2 3; do
  rm -rf "$work/run" && cp -r "$work/seed" "$work/run"
  sqlite3 "$work/run/parta.db" "DELETE FROM Lessons; DELETE FROM AuditEntries WHERE EntityType = 'Lesson';"
  /usr/bin/time -f "from empty, run $run: %e s wall, %M KiB peak" \
    dotnet "$web" refresh-lessons --school "СОШ № 1" --Parta:DataDirectory="$work/run" $quiet
  /usr/bin/time -f "nothing changed, run $run: %e s wall, %M KiB peak" \
    dotnet "$web" refresh-lessons --school "СОШ № 1" --Parta:DataDirectory="$work/run" $quiet
done
