"""Writes the attainment reference inputs: workspace.json (the OKRs) and points.csv / cases.csv (what R fits).

Deterministic (seeded); run from this folder: python3 scripts/make-cases.py
"""
import csv, datetime, json, random

random.seed(15)
start, end, as_of = datetime.date(2026, 10, 1), datetime.date(2026, 12, 31), datetime.date(2026, 11, 20)
span = (end - start).days

# (id, kind, baseline, target, slope per day, noise sd, check-in days, survey se)
specs = [
    ("kr-nps", "increase", 20.0, 35.0, 0.17, 2.5, [7, 14, 21, 28, 35, 42, 49], 1.9),
    ("kr-aht", "decrease", 540.0, 450.0, -1.1, 12.0, [10, 24, 38, 45], 6.5),
    ("kr-three", "increase", 0.60, 0.95, 0.004, 0.03, [15, 30], 0.02),
    ("kr-late", "increase", 100.0, 130.0, 0.25, 3.0, [5, 12, 19, 26, 33, 40, 47, 54, 61, 68, 75], 2.0),
    ("kr-big", "decrease", 1_000_000.5, 999_990.5, -0.08, 0.9, [3, 9, 16, 22, 30, 37, 44, 50], 0.5),
    ("kr-far", "increase", 10.0, 12.0, 0.05, 0.2, [8, 16, 24, 32], 0.1),
    ("kr-flat", "decrease", 4.2, 3.0, 0.0, 0.15, [6, 13, 20, 27, 34, 41], 0.08),
    ("kr-many", "increase", 50.0, 65.0, 0.12, 1.5, list(range(2, 51, 2)), 1.1),
]

objectives, points, cases = [], [], []
for i, (kr, kind, baseline, target, slope, sd, days, survey_se) in enumerate(specs):
    check_ins = []
    for d in days:
        value = round(baseline + slope * d + random.gauss(0, sd), 4)
        date = start + datetime.timedelta(days=d)
        check_ins.append({"date": date.isoformat(), "value": value})
        if date <= as_of:
            points.append((kr, d, value))
    points.insert(len(points) - sum(1 for d in days if start + datetime.timedelta(days=d) <= as_of), (kr, 0, baseline))
    objectives.append({
        "id": f"o-{kr[3:]}", "title": f"Objective {i + 1}", "unitId": "cx", "periodId": "q4", "parentId": None,
        "type": "committed", "weight": 1,
        "keyResults": [{"id": kr, "title": f"Key result {kr}", "kind": kind, "baseline": baseline, "target": target, "weight": 1, "checkIns": check_ins}],
    })
    cases.append((kr, kind, span, target, survey_se))

workspace = {"formatVersion": 1, "units": [{"id": "cx", "name": "CX", "parentId": None}],
             "periods": [{"id": "q4", "start": start.isoformat(), "end": end.isoformat()}], "objectives": objectives}
with open("workspace.json", "w") as f:
    json.dump(workspace, f, indent=2)
    f.write("\n")
with open("points.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["keyResult", "x", "y"])
    w.writerows(points)
with open("cases.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["keyResult", "kind", "xEnd", "target", "surveySe"])
    w.writerows(cases)
