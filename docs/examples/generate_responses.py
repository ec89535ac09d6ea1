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

Added for the report's newer sections (all from the same seeded generator):
  churned (0/1): whether the customer left within 90 days of the survey, drawn from a logistic model of
    the journey's driver answers (true log-odds per unit: support agent_knowledge -0.55,
    first_contact_fix -1.1, phone_transfer +0.8, hold_time +0.005 per second, agent_courtesy -0.25;
    onboarding install_guide_rating -0.55, field_ces -0.35, setup_minutes +0.012 per minute,
    self_install -0.6), so `cxokr drivers --model logit` and the report's churn section have a true answer;
    it is the workspace's behavioural metric `churned`.
  comment: a free-text comment in English, Vietnamese or Thai (about 60% of rows), built from phrase
    lists whose topics (docs/examples/topics.json) are drawn more often when the matching driver is poor
    (long holds -> waiting, a transfer -> transferred, not fixed first time -> not fixed, a low install-guide
    rating -> install guide, ...), so topics cost NPS.
  onboarding_sat in support rows: about 35% of support respondents joined this quarter and also rate their
    onboarding; their relationship NPS depends on both journeys, so the tier linkage into NPS (nps on
    support_sat and onboarding_sat) has complete rows. Journey analyses use only the journey's own rows.
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
BOTH_JOURNEYS = 0.35  # share of support respondents who also rate their onboarding

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


def nps_from(latent, centre, extra=0.0):
    return int(clamp(round(7 + 1.3 * (latent - centre) + extra + rng.gauss(0, 1.4)), 0, 10))


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def churned(journey, v):
    if journey == "support":
        eta = (-1.9 - 0.55 * (v["agent_knowledge"] - 3.6) - 1.1 * (v["first_contact_fix"] - 0.65)
               + 0.8 * v["phone_transfer"] + 0.005 * (v["hold_time"] - 125) - 0.25 * (v["agent_courtesy"] - 4))
    else:
        eta = (-1.9 - 0.55 * (v["install_guide_rating"] - 3.6) - 0.35 * (v["field_ces"] - 5.2)
               + 0.012 * (v["setup_minutes"] - 50) - 0.6 * (v["self_install"] - 0.75))
    return 1 if rng.random() < sigmoid(eta) else 0


# Comment phrases per topic (docs/examples/topics.json defines the topics that find them).
PHRASES = {
    "wait": {"en": ["I waited ages on hold", "the wait was far too long", "kept waiting for someone to answer"],
             "vi": ["phải chờ quá lâu", "chờ máy rất lâu mới có người nghe"],
             "th": ["ต้องรอสายนานมาก", "รอนานเกินไป"]},
    "knowledge": {"en": ["the agent did not know the answer", "staff seemed untrained", "no product knowledge at all"],
                  "vi": ["nhân viên không nắm rõ vấn đề", "nhân viên thiếu kiến thức"],
                  "th": ["พนักงานไม่มีความรู้", "พนักงานตอบคำถามไม่ได้"]},
    "not_fixed": {"en": ["the problem is still not fixed", "had to call back again", "nothing was resolved"],
                  "vi": ["vấn đề vẫn chưa được giải quyết", "phải gọi lại nhiều lần"],
                  "th": ["ปัญหายังไม่ได้รับการแก้ไข", "ต้องโทรกลับมาอีก"]},
    "transfer": {"en": ["I was transferred three times", "passed from one department to another"],
                 "vi": ["bị chuyển máy nhiều lần"],
                 "th": ["ถูกโอนสายหลายครั้ง"]},
    "install": {"en": ["the install guide was confusing", "the set-up instructions were unclear"],
                "vi": ["hướng dẫn lắp đặt khó hiểu"],
                "th": ["คู่มือติดตั้งเข้าใจยาก"]},
    "engineer": {"en": ["the engineer arrived late", "the engineer missed the appointment"],
                 "vi": ["kỹ thuật viên đến trễ", "kỹ thuật viên không đến đúng hẹn"],
                 "th": ["ช่างมาสาย", "ช่างไม่มาตามนัด"]},
    "billing": {"en": ["my first bill was wrong", "I was charged twice on the bill"],
                "vi": ["hóa đơn đầu tiên bị sai", "bị tính tiền hai lần"],
                "th": ["บิลแรกผิด", "เก็บเงินซ้ำสองครั้ง"]},
    "praise": {"en": ["friendly and helpful staff", "great service, thank you"],
               "vi": ["nhân viên thân thiện", "dịch vụ rất tốt"],
               "th": ["พนักงานสุภาพ", "บริการดีมาก"]},
}
GENERIC = {"en": ["no further comments", "it was okay"], "vi": ["không có ý kiến gì thêm"], "th": ["ไม่มีความเห็นเพิ่มเติม"]}


def comment(journey, outcome, v):
    if rng.random() < 0.4:
        return ""
    lang = rng.choices(["en", "vi", "th"], [7, 2, 1])[0]
    p = {k: 0.03 for k in PHRASES}
    if journey == "support":
        p["wait"] = 0.6 if v["hold_time"] > 180 else 0.05
        p["knowledge"] = 0.6 if v["agent_knowledge"] <= 2 else 0.03
        p["not_fixed"] = 0.5 if v["first_contact_fix"] == 0 else 0.02
        p["transfer"] = 0.6 if v["phone_transfer"] == 1 else 0.01
        p["install"] = p["engineer"] = 0.01
    else:
        p["install"] = 0.6 if v["install_guide_rating"] <= 2 else 0.04
        p["engineer"] = 0.5 if v["field_ces"] <= 4 else 0.03
        p["billing"] = 0.5 if v["bill_clarity"] <= 2 else 0.04
        p["wait"] = p["knowledge"] = p["not_fixed"] = p["transfer"] = 0.01
    p["praise"] = 0.5 if outcome >= 5 else (0.15 if outcome == 4 else 0.01)
    parts = [rng.choice(PHRASES[t][lang]) for t in PHRASES if rng.random() < p[t]]
    if not parts:
        parts = [rng.choice(GENERIC[lang])]
    text = ", ".join(parts) if lang == "th" else "; ".join(parts)
    return text[0].upper() + text[1:] if lang != "th" else text


rows = []
for journey, count in (("support", N_SUPPORT), ("onboarding", N_ONBOARDING)):
    for _ in range(count):
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        month = day.month - 10
        extra_onboarding, extra = None, 0.0
        if journey == "support":
            outcome, values, latent = support_row(month)
            centre = 3.6
            if rng.random() < BOTH_JOURNEYS:
                extra_onboarding, _, other = onboarding_row(month)
                extra = 1.0 * (other - 4.1)
        else:
            outcome, values, latent = onboarding_row(month)
            centre = 4.1
        rows.append(dict(date=day, journey=journey, outcome=outcome, values=values, nps=nps_from(latent, centre, extra),
                         extra_onboarding=extra_onboarding, churned=churned(journey, values),
                         comment=comment(journey, outcome, values),
                         region=rng.choice(["north", "south", "east", "west"]),
                         plan=rng.choices(["basic", "plus", "pro"], [5, 3, 2])[0],
                         weight=round(math.exp(rng.gauss(0, 0.3)), 3)))

MARKUP_ROW = 17
rows.sort(key=lambda r: (r["date"], r["journey"]))
header = ["respondent_id", "date", "journey", "weight", "region", "plan", "nps", "support_sat", "onboarding_sat"] + SUPPORT + ONBOARDING + ["churned", "comment"]
with open("docs/examples/responses.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(header)
    for i, r in enumerate(rows, start=1):
        cells = {"respondent_id": f"R{i:05d}", "date": r["date"].isoformat(), "journey": r["journey"],
                 "weight": f"{clamp(r['weight'], 0.5, 2.0):.3f}", "region": r["region"], "plan": r["plan"], "nps": r["nps"]}
        cells["support_sat" if r["journey"] == "support" else "onboarding_sat"] = r["outcome"]
        if r["extra_onboarding"] is not None:
            cells["onboarding_sat"] = r["extra_onboarding"]
        cells["churned"] = r["churned"]
        cells["comment"] = r["comment"]
        if i == MARKUP_ROW:
            # Deliberate: user text that looks like markup, which the report must show as text.
            cells["comment"] = 'My bill says <b>£0</b> & "paid" <script>alert(1)</script> but I was charged twice'
        for k, v in r["values"].items():
            cells[k] = "" if rng.random() < 0.03 else v
        w.writerow([cells.get(h, "") for h in header])
