#!/usr/bin/env bash
# Issue 18, section 4: whole-process time of `cxokr drivers --format json` on 16 drivers x 2,000 rows (the data
# .ci/aot-smoke generates) for the Native AOT tool (linux-x64), the framework-dependent tool and R
# (benchmarks/lmg-base-r.R: every subset's R^2 and the Shapley/LMG average in base R, because relaimpo cannot be
# installed here; with relaimpo installed, RELAIMPO=1 times calc.relimp(type = "lmg") instead).
# Usage: benchmarks/aot-startup.sh [RUNS]   (default 30 runs of each, alternating)
#        AOT_BIN=path/to/cxokr benchmarks/aot-startup.sh   (an already built native tool, e.g. the one
#        `KEEP_WORK=1 .ci/aot-smoke` installed; otherwise this publishes it, ~4-15 min)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
runs=${1:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

aot=${AOT_BIN:-}
if [ -z "$aot" ]; then
  dotnet publish src/CxOkr.Cli/CxOkr.Cli.csproj -c Release -r linux-x64 -p:NativeAotTool=true -o "$work/aot" --nologo -v q
  aot="$work/aot/cxokr"
fi
dotnet build src/CxOkr.Cli/CxOkr.Cli.csproj -c Release --nologo -v q
awk 'BEGIN { srand(18); printf "y"; for (j = 1; j <= 16; j++) printf ",x%d", j; printf "\n";
  for (r = 0; r < 2000; r++) { y = 0; line = "";
    for (j = 1; j <= 16; j++) { x = int(rand() * 10) + 1; y += x * j / 40; line = line "," x }
    printf "%.3f%s\n", y + rand() * 3, line } }' > "$work/drivers16.csv"

r_script=benchmarks/lmg-base-r.R
if [ "${RELAIMPO:-0}" = 1 ]; then
  r_script="$work/relaimpo.R"
  cat > "$r_script" <<'R'
args <- commandArgs(trailingOnly = TRUE)
suppressPackageStartupMessages(library(relaimpo))
d <- read.csv(args[1])
f <- as.formula(paste(args[2], "~ ."))
print(calc.relimp(lm(f, data = d), type = "lmg"))
R
fi

echo "uptime before: $(uptime)"
nproc
python3 benchmarks/aot-startup.py "$runs" "$work/drivers16.csv" "$aot" src/CxOkr.Cli/bin/Release/net10.0/cxokr.dll "$r_script"
echo "uptime after: $(uptime)"
