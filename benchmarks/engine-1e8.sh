#!/usr/bin/env bash
# Issue 18, section 2: 10^8 rows x 20 columns through DuckDB (Parquet and CSV) beside the in-process streaming
# reader on the same data, whole process, with /usr/bin/time -v (wall time, CPU time, peak RSS).
#
# Usage: benchmarks/engine-1e8.sh [DIR=benchmarks/generated/engine] [COPIES=10] [SEED_ROWS=10000000]
#
# The data (not committed): benchmarks/CxOkr.Benchmarks `generate-wide` writes SEED_ROWS rows (outcome y, drivers
# x1..x19, deterministic) once as Parquet and as CSV with embedded DuckDB; the 10^8-row set is COPIES copies of
# those rows: COPIES Parquet files (DIR/parquet/part-*.parquet) and one CSV file of all of them (DIR/all.csv).
# Copying keeps generation to minutes on a 2-core machine; the engines read every row of every file all the same
# (copies change the statistics' values, not the work).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-benchmarks/generated/engine}
copies=${2:-10}
seed_rows=${3:-10000000}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build benchmarks/CxOkr.Benchmarks -c Release --nologo -v q
dotnet build src/CxOkr.Cli -c Release --nologo -v q
bench=benchmarks/CxOkr.Benchmarks/bin/Release/net10.0/CxOkr.Benchmarks.dll
cxokr=(dotnet src/CxOkr.Cli/bin/Release/net10.0/cxokr.dll)

if [ ! -s "$dir/all.csv" ]; then
  [ -s "$dir/seed/all.csv" ] || dotnet "$bench" generate-wide "$dir/seed" "$seed_rows" 1 --csv
  mkdir -p "$dir/parquet"
  for ((k = 0; k < copies; k++)); do cp "$dir/seed/part-000.parquet" "$(printf '%s/parquet/part-%03d.parquet' "$dir" "$k")"; done
  { head -1 "$dir/seed/all.csv"; for ((k = 0; k < copies; k++)); do tail -n +2 "$dir/seed/all.csv"; done; } > "$dir/all.csv.tmp"
  mv "$dir/all.csv.tmp" "$dir/all.csv"
  rm -rf "$dir/seed"
fi
du -sh "$dir/parquet" "$dir/all.csv"
drivers=$(seq -s, -f 'x%g' 1 19)

measure() {
  local name=$1; shift
  echo "== $name (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -f "$name: wall %e s, user %U s, sys %S s, max RSS %M KB" "$@" > "$dir/$name.json"
}
measure duckdb-parquet "${cxokr[@]}" drivers --engine duckdb --data "$dir/parquet/*.parquet" --outcome y --drivers "$drivers" --format json
measure duckdb-csv "${cxokr[@]}" drivers --engine duckdb --data "$dir/all.csv" --outcome y --drivers "$drivers" --format json
measure memory-csv "${cxokr[@]}" drivers --data "$dir/all.csv" --outcome y --drivers "$drivers" --format json
