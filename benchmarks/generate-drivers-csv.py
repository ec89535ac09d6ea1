#!/usr/bin/env python3
"""Writes the issue-18 benchmark file: N rows x 21 columns (outcome y, drivers x1..x20), not committed.

Usage: python3 benchmarks/generate-drivers-csv.py OUT.csv [ROWS=1000000] [SEED=18]

The drivers are correlated ratings on a 0-10 scale with three decimals, the outcome a linear combination
plus noise with four decimals: about 150 MB for a million rows. Pure Python (no numpy), so the file is the
same on every machine for a seed.
"""
import random
import sys

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 18)
beta = [0.05 * (j + 1) for j in range(20)]
with open(out, "w", newline="\n") as f:
    f.write("y," + ",".join(f"x{j + 1}" for j in range(20)) + "\n")
    gauss = rng.gauss
    for _ in range(rows):
        common = gauss(0, 1)
        x = [min(10.0, max(0.0, 5 + common + gauss(0, 1.5))) for _ in range(20)]
        y = sum(b * v for b, v in zip(beta, x)) + gauss(0, 2)
        f.write(f"{y:.4f}," + ",".join(f"{v:.3f}" for v in x) + "\n")
