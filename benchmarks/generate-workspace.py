#!/usr/bin/env python3
"""Writes the issue-18 workspace benchmark: N objectives (default 100,000), not committed.

Usage: python3 benchmarks/generate-workspace.py OUT.json [OBJECTIVES=100000] [SEED=18]

The shape of benchmarks/CxOkr.Benchmarks/OkrBenchmarkData.cs: a five-wide cascade (objective i's parent is
(i - 1) // 5), the first 2,000 objectives each with their own unit in a tree of the same shape, deeper ones in
their parent's unit, one quarter, three key results per objective with three check-ins each: about 75 MB.
"""
import json
import random
import sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 18)
units = [{"id": "u0", "name": "Company", "parentId": None}]
unit_of = [0] * n
dates = ["2026-10-05", "2026-10-26", "2026-11-16"]
with open(out, "w") as f:
    objectives = []
    for i in range(n):
        parent = (i - 1) // 5
        unit = i if i < 2000 else unit_of[parent]
        unit_of[i] = unit
        if unit == len(units):
            units.append({"id": f"u{unit}", "name": f"Unit {unit}", "parentId": f"u{(unit - 1) // 5}"})
        krs = []
        for k in range(3):
            baseline = rng.randint(10, 59)
            krs.append({
                "id": f"kr{i}-{k}", "title": "Raise the measure", "kind": "increase",
                "baseline": baseline, "target": baseline + 30, "weight": k + 1,
                "checkIns": [{"date": d, "value": round(baseline + w * rng.random() * 3, 3), "confidence": round(rng.random(), 2)}
                             for w, d in enumerate(dates)],
            })
        objectives.append({
            "id": f"o{i}", "title": f"Objective {i}", "unitId": f"u{unit}", "periodId": "2026-Q4",
            "parentId": None if i == 0 else f"o{parent}", "type": "committed", "weight": 1, "keyResults": krs,
        })
    json.dump({"formatVersion": 1, "units": units,
               "periods": [{"id": "2026-Q4", "start": "2026-10-01", "end": "2026-12-31"}],
               "objectives": objectives}, f, indent=1)
