#!/usr/bin/env bash
# Import benchmark on SQLite: 1,000 students with two parents each (deterministic names), imported with the
# `import` command into a fresh copy of a demo database that already has the classes 1А–11Г.
# Usage: bench/import-students.sh [STUDENTS]   (results: docs/PERFORMANCE.md)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${PARTA_BENCH_DIR:-/tmp/parta-import-bench}
students=${1:-1000}
rm -rf "$work"
mkdir -p "$work"
dotnet build -c Release "$root/src/Parta.Web" -v q -nologo
dotnet run -c Release --project "$root/bench/ImportBench" -- "$work/in" "$students"
web="$root/src/Parta.Web/bin/Release/net10.0/Parta.Web.dll"
quiet=--Logging:LogLevel:Default=Warning
dotnet "$web" seed demo --Parta:DataDirectory="$work/seed" $quiet
dotnet "$web" import classes "$work/in/classes.csv" --school "СОШ № 1" --Parta:DataDirectory="$work/seed" $quiet

# One measured run: a fresh copy of the seeded database, then the import (a new process each time).
cat > "$work/first-import.sh" <<EOS
rm -rf "$work/run" && cp -r "$work/seed" "$work/run"
exec dotnet "$web" import students "$work/in/students.csv" --school "СОШ № 1" --Parta:DataDirectory="$work/run" $quiet
EOS
# The same file again into the imported database: everything matched, nothing written.
cat > "$work/reimport.sh" <<EOS
exec dotnet "$web" import students "$work/in/students.csv" --school "СОШ № 1" --Parta:DataDirectory="$work/run" $quiet
EOS

for run in 1 2 3 4 5; do
  /usr/bin/time -f "first import, run $run: %e s wall, %M KiB peak" sh "$work/first-import.sh" | grep -E "Учащиеся|Время"
done
for run in 1 2 3; do
  /usr/bin/time -f "re-import, run $run: %e s wall, %M KiB peak" sh "$work/reimport.sh" | grep -E "Учащиеся|Время"
done
