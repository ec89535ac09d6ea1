#!/usr/bin/env python3
"""Issue 18, section 4: whole-process wall time of `cxokr drivers` on 16 drivers x 2,000 rows for the Native AOT
tool, the framework-dependent (JIT) tool and R, run alternately (AOT, JIT, R, AOT, JIT, R, ...) so that the
load of a shared machine falls on all three alike. Prints mean, sd, median, min and peak RSS per tool and the
ratios. Usage (benchmarks/aot-startup.sh builds the tools and the data, then calls this):

  aot-startup.py RUNS DATA.csv AOT_BINARY JIT_DLL R_SCRIPT
"""
import os
import statistics
import subprocess
import sys
import time

runs = int(sys.argv[1])
data, aot, jit, r_script = sys.argv[2:6]
tools = {
    "aot": [aot, "drivers", "--data", data, "--outcome", "y", "--format", "json"],
    "jit": ["dotnet", jit, "drivers", "--data", data, "--outcome", "y", "--format", "json"],
    "R": ["Rscript", r_script, data, "y"],
}
if os.environ.get("SKIP_R") == "1":  # AOT and JIT only (quick start-up check; no R ratio)
    del tools["R"]


def run(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{cmd[0]} failed with exit code {proc.returncode}: {proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss


for cmd in tools.values():  # one warm-up each (page cache, R's packages)
    run(cmd)

times = {name: [] for name in tools}
rss = {name: 0 for name in tools}
for _ in range(runs):
    for name, cmd in tools.items():
        elapsed, peak = run(cmd)
        times[name].append(elapsed)
        rss[name] = max(rss[name], peak)

print(f"{'tool':<4} {'runs':>4} {'mean ms':>9} {'sd ms':>8} {'median ms':>10} {'min ms':>8} {'peak RSS MB':>12}")
for name, values in times.items():
    ms = [v * 1000 for v in values]
    print(f"{name:<4} {len(ms):>4} {statistics.mean(ms):>9.1f} {statistics.stdev(ms):>8.1f} {statistics.median(ms):>10.1f} {min(ms):>8.1f} {rss[name] / 1024:>12.1f}")
aot_median = statistics.median(times["aot"])
print(f"JIT / AOT (medians): {statistics.median(times['jit']) / aot_median:.1f}x")
if "R" in times:
    print(f"R / AOT (medians): {statistics.median(times['R']) / aot_median:.1f}x; (means): {statistics.mean(times['R']) / statistics.mean(times['aot']):.1f}x")
