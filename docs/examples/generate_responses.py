#!/usr/bin/env python3
"""Generates docs/examples/responses.csv: synthetic survey responses for the example programme.

Deterministic (seeded): run `python3 docs/examples/generate_responses.py` from the repository root to
regenerate the committed file byte for byte. No real customer data is involved.

Each row is one respondent of one customer journey (support or onboarding) in 2026-Q4 with:
  respondent_id, date, journey, weight (post-stratification style, 0.5-2.0), region, plan,
  nps (0-10, relationship), the journey's outcome (support_sat or onboarding_sat, 1-5) and
  eight driver columns per journey (blank for the other journey). About 3% of driver cells are
  blank at random (item non-response).
The outcome is generated from the drivers with known weights plus noise, so key-driver analysis has
a true answer to find: for support, agent_knowledge and first_contact_fix matter most, hold_time
(seconds) hurts; for onboarding, install_guide_rating and field_ces matter most. Support drivers
improve month by month, so the trend chart has something to show.
"""
import csv
import datetime as dt
import math
import random

SEED = 20261124
rng = random.Random(SEED)
START = dt.date(2026, 10, 1)
DAYS = 92
N_SUPPORT, N_ONBOARDING = 1300, 1100

SUPPORT = ["chat_csat", "hold_time", "agent_knowledge", "agent_courtesy", "first_contact_fix",
           "phone_transfer", "follow_up_clarity", "app_help"]
ONBOARDING = ["order_ease", "welcome_clarity", "app_rating", "install_guide_rating", "field_ces",
              "setup_minutes", "bill_clarity", "self_install"]


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def rating(mu, sd, lo=1, hi=5):
    return int(clamp(round(rng.gauss(mu, sd)), lo, hi))


def support_row(month):
    lift = 0.15 * month  # drivers improve through the quarter
    knowledge = rating(3.5 + lift, 1.0)
    courtesy = rating(4.0, 0.8)
    fcr = 1 if rng.random() < 0.62 + 0.05 * month else 0
    transfer = 1 if rng.random() < 0.18 - 0.03 * month else 0
    hold = int(clamp(rng.gauss(140 - 15 * month, 60), 0, 600))
    chat = rating(3.6 + lift, 1.0)
    follow = rating(3.4, 1.0)
    app = rating(3.2, 1.1)
    latent = (0.45 * knowledge + 0.15 * courtesy + 0.9 * fcr - 0.35 * transfer - 0.004 * hold
              + 0.25 * chat + 0.12 * follow + 0.05 * app + rng.gauss(0, 0.55))
    outcome = int(clamp(round(latent + 0.1), 1, 5))
    values = dict(chat_csat=chat, hold_time=hold, agent_knowledge=knowledge, agent_courtesy=courtesy,
                  first_contact_fix=fcr, phone_transfer=transfer, follow_up_clarity=follow, app_help=app)
    return outcome, values, latent


def onboarding_row(month):
    order = rating(4.1, 0.8)
    welcome = rating(3.7 + 0.1 * month, 0.9)
    app = rating(3.8, 0.9)
    guide = rating(3.4 + 0.2 * month, 1.0)
    ces = rating(5.2, 1.1, 1, 7)
    minutes = int(clamp(rng.gauss(55 - 5 * month, 20), 5, 180))
    bill = rating(3.3, 1.0)
    self_install = 1 if rng.random() < 0.72 + 0.06 * month else 0
    latent = (0.1 * order + 0.2 * welcome + 0.1 * app + 0.45 * guide + 0.3 * ces - 0.006 * minutes
              + 0.15 * bill + 0.4 * self_install + rng.gauss(0, 0.5))
    outcome = int(clamp(round(latent - 1.3), 1, 5))
    values = dict(order_ease=order, welcome_clarity=welcome, app_rating=app, install_guide_rating=guide,
                  field_ces=ces, setup_minutes=minutes, bill_clarity=bill, self_install=self_install)
    return outcome, values, latent


def nps_from(latent, centre):
    return int(clamp(round(7 + 1.3 * (latent - centre) + rng.gauss(0, 1.4)), 0, 10))


rows = []
for journey, count in (("support", N_SUPPORT), ("onboarding", N_ONBOARDING)):
    for _ in range(count):
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        month = day.month - 10
        if journey == "support":
            outcome, values, latent = support_row(month)
            centre = 3.6
        else:
            outcome, values, latent = onboarding_row(month)
            centre = 4.1
        rows.append(dict(date=day, journey=journey, outcome=outcome, values=values, nps=nps_from(latent, centre),
                         region=rng.choice(["north", "south", "east", "west"]),
                         plan=rng.choices(["basic", "plus", "pro"], [5, 3, 2])[0],
                         weight=round(math.exp(rng.gauss(0, 0.3)), 3)))

rows.sort(key=lambda r: (r["date"], r["journey"]))
header = ["respondent_id", "date", "journey", "weight", "region", "plan", "nps", "support_sat", "onboarding_sat"] + SUPPORT + ONBOARDING
with open("docs/examples/responses.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(header)
    for i, r in enumerate(rows, start=1):
        cells = {"respondent_id": f"R{i:05d}", "date": r["date"].isoformat(), "journey": r["journey"],
                 "weight": f"{clamp(r['weight'], 0.5, 2.0):.3f}", "region": r["region"], "plan": r["plan"], "nps": r["nps"]}
        cells["support_sat" if r["journey"] == "support" else "onboarding_sat"] = r["outcome"]
        for k, v in r["values"].items():
            cells[k] = "" if rng.random() < 0.03 else v
        w.writerow([cells.get(h, "") for h in header])
