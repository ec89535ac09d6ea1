#!/usr/bin/env python3
"""Generates docs/examples/workspace.json: a fictional broadband company's CX OKR programme for 2026-Q4.

Deterministic (seeded): run `python3 docs/examples/generate_workspace.py` from the repository root to
regenerate the committed file byte for byte. No real customer data is involved.

Key results on a metric that the example responses carry (docs/examples/responses.csv: NPS, support and
onboarding satisfaction, chat CSAT, hold time, install-guide and app ratings, field-visit effort) take their
check-ins from those responses, so the report's tree and its charts agree: each weekly check-in is the
metric measured as the library measures it (KeyResultMeasurement.CheckIns, cumulative from the period start
up to and including the check-in date, weighted by the `weight` column; a metric scoped to a journey over
that journey's responses only). Run generate_responses.py first: this script reads its output.
"""
import csv
import datetime as dt
import json
import random

SEED = 20261001
rng = random.Random(SEED)
START, END = dt.date(2026, 10, 1), dt.date(2026, 12, 31)
WEEKS = [START + dt.timedelta(days=4 + 7 * i) for i in range(13)]  # weekly from Monday 2026-10-05

units = [
    ("company", "Brightline Broadband", None),
    ("support", "Customer Support", "company"),
    ("product", "Product & Digital", "company"),
    ("success", "Customer Success", "company"),
    ("chat-team", "Chat Support", "support"),
    ("phone-team", "Phone Support", "support"),
    ("onboarding-squad", "Onboarding Squad", "product"),
    ("app-squad", "App Squad", "product"),
    ("retention-team", "Retention", "success"),
    ("field-team", "Field Engineers", "success"),
]


def load_responses(path="docs/examples/responses.csv"):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


RESPONSES = load_responses()
COLUMNS = set(RESPONSES[0].keys())
# Calculation, top-box threshold and journey scope of the measured metrics (as in `metrics` below).
MEASURED = {
    "nps": ("nps", None, None), "support_sat": ("topBox", 4, "support"), "onboarding_sat": ("mean", None, "onboarding"),
    "chat_csat": ("topBox", 4, None), "hold_time": ("mean", None, None), "install_guide_rating": ("mean", None, None),
    "app_rating": ("mean", None, None), "field_ces": ("mean", None, None),
}


def measure(metric_id, until):
    """The metric over the responses from the period start up to `until`, as KeyResultMeasurement computes it."""
    calculation, top_box, journey = MEASURED[metric_id]
    sw = hit = 0.0
    for r in RESPONSES:
        if r[metric_id] == "" or dt.date.fromisoformat(r["date"]) > until or (journey and r["journey"] != journey):
            continue
        w, v = float(r["weight"]), float(r[metric_id])
        sw += w
        if calculation == "nps":
            hit += w if v >= 9 else (-w if v <= 6 else 0)
        elif calculation == "topBox":
            hit += w if v >= top_box else 0
        else:
            hit += w * v
    value = hit / sw
    return round(100 * value if calculation in ("nps", "topBox") else value, 3)


def measured_series(metric_id):
    return [measure(metric_id, d) for d in WEEKS]


def series(baseline, target, pace, noise, weeks=WEEKS):
    """Weekly values moving from baseline toward target at `pace` of the way by quarter end, with noise."""
    values = []
    for i, _ in enumerate(weeks):
        frac = (i + 1) / len(weeks)
        v = baseline + (target - baseline) * pace * frac + rng.gauss(0, noise)
        values.append(round(v, 3))
    return values


def check_ins(values, confidence_start=0.8, note_every=4):
    out = []
    for i, (d, v) in enumerate(zip(WEEKS, values)):
        c = {"date": d.isoformat(), "value": v, "confidence": round(max(0.2, min(1.0, confidence_start + rng.gauss(0, 0.08))), 2)}
        if i % note_every == 0:
            c["note"] = f"week {i + 1} review"
        out.append(c)
    return out


def increase(id, title, metric, baseline, target, pace, noise, weight=1):
    values = measured_series(metric) if metric in MEASURED else series(baseline, target, pace, noise)
    return {"id": id, "title": title, "kind": "increase", "metricId": metric, "baseline": baseline, "target": target,
            "weight": weight, "checkIns": check_ins(values)}


def decrease(id, title, metric, baseline, target, pace, noise, weight=1):
    values = measured_series(metric) if metric in MEASURED else series(baseline, target, pace, noise)
    return {"id": id, "title": title, "kind": "decrease", "metricId": metric, "baseline": baseline, "target": target,
            "weight": weight, "checkIns": check_ins(values)}


def at_least(id, title, metric, threshold, level, noise):
    return {"id": id, "title": title, "kind": "atLeast", "metricId": metric, "threshold": threshold,
            "checkIns": check_ins(measured_series(metric) if metric in MEASURED else [round(level + rng.gauss(0, noise), 3) for _ in WEEKS])}


def at_most(id, title, metric, threshold, level, noise):
    return {"id": id, "title": title, "kind": "atMost", "metricId": metric, "threshold": threshold,
            "checkIns": check_ins(measured_series(metric) if metric in MEASURED else [round(level + rng.gauss(0, noise), 3) for _ in WEEKS])}


def milestone(id, title, done_week=None):
    cis = []
    for i, d in enumerate(WEEKS):
        if i % 3 == 0 or i == done_week:
            cis.append({"date": d.isoformat(), "value": 1 if done_week is not None and i >= done_week else 0})
    return {"id": id, "title": title, "kind": "milestone", "checkIns": cis}


def objective(id, title, unit, parent, krs, type="committed", weight=1):
    return {"id": id, "title": title, "unitId": unit, "periodId": "2026-Q4", "parentId": parent, "type": type,
            "weight": weight, "keyResults": krs}


objectives = [
    objective("o-loyal", "Customers stay because we are easy to deal with", "company", None, [
        increase("kr-nps", "Lift relationship NPS from 5 to 25", "nps", 5, 25, 0.8, 1.5, weight=2),
        decrease("kr-churn", "Cut monthly churn from 2.1% to 1.6%", "churn_rate", 2.1, 1.6, 0.7, 0.05),
    ]),
    objective("o-support-effortless", "Getting help feels effortless", "support", "o-loyal", [
        increase("kr-support-sat", "Raise support satisfaction (top-2-box) from 52% to 70%", "support_sat", 52, 70, 0.9, 1.2, weight=2),
        decrease("kr-ttr", "Cut time to resolution from 30 h to 18 h", "time_to_resolution", 30, 18, 0.75, 1.0),
    ]),
    objective("o-product-onboarding", "New customers are up and running on day one", "product", "o-loyal", [
        increase("kr-onb-sat", "Raise onboarding satisfaction from 3.7 to 4.1 (of 5)", "onboarding_sat", 3.7, 4.1, 0.85, 0.04),
        increase("kr-self-install", "Lift self-install success from 71% to 90%", "self_install_rate", 71, 90, 0.7, 1.5),
    ]),
    objective("o-success-retain", "Customers at risk are saved before they leave", "success", "o-loyal", [
        increase("kr-save-rate", "Raise save rate on cancellation calls from 22% to 35%", "save_rate", 22, 35, 0.6, 1.5),
        milestone("kr-health-score", "Launch the customer health score", done_week=8),
    ]),
    objective("o-chat-fast", "Chat answers are fast and right first time", "chat-team", "o-support-effortless", [
        increase("kr-chat-csat", "Chat CSAT top-2-box from 44% to 65%", "chat_csat", 44, 65, 1.0, 1.2, weight=2),
        decrease("kr-chat-wait", "Cut chat first-response time from 90 s to 30 s", "chat_first_response", 90, 30, 1.05, 3),
        at_least("kr-chat-fcr", "Keep first-contact resolution at or above 70%", "chat_fcr", 70, 72, 1.5),
    ]),
    objective("o-phone-calm", "Phone calls resolve without transfers", "phone-team", "o-support-effortless", [
        decrease("kr-transfers", "Cut transfer rate from 18% to 10%", "phone_transfer_rate", 18, 10, 0.55, 0.8),
        decrease("kr-aht", "Cut average handle time from 540 s to 420 s", "handle_time", 540, 420, 0.6, 8),
    ]),
    objective("o-phone-callback", "No one waits on hold for long", "phone-team", "o-support-effortless", [
        at_most("kr-hold", "Keep average hold time at or below 120 s", "hold_time", 120, 126, 6),
        milestone("kr-callback", "Offer scheduled call-backs on every queue", done_week=5),
    ]),
    objective("o-onb-welcome", "The welcome journey explains everything once", "onboarding-squad", "o-product-onboarding", [
        increase("kr-welcome-open", "Raise welcome e-mail open rate from 45% to 60%", "welcome_open_rate", 45, 60, 1.1, 1.0),
        decrease("kr-onb-calls", "Cut 'how do I start' calls from 1,900 to 1,200 a month", "onboarding_calls", 1900, 1200, 0.65, 40),
    ]),
    objective("o-onb-install", "Self-install just works", "onboarding-squad", "o-product-onboarding", [
        increase("kr-install-guide", "Raise install-guide rating from 3.4 to 4.3", "install_guide_rating", 3.4, 4.3, 0.5, 0.05),
        milestone("kr-video", "Publish the router set-up video", done_week=2),
    ], type="aspirational"),
    objective("o-app-status", "The app tells customers what is happening", "app-squad", "o-product-onboarding", [
        increase("kr-app-rating", "Lift the app set-up rating from 3.7 to 4.5", "app_rating", 3.7, 4.5, 0.4, 0.04),
        milestone("kr-outage-banner", "Ship the outage status banner", done_week=None),
    ], type="aspirational"),
    # Deliberate alignment problem: a team objective aligned to nothing (an orphan).
    objective("o-app-darkmode", "Customers can use the app at night", "app-squad", None, [
        milestone("kr-darkmode", "Ship dark mode", done_week=10),
    ]),
    objective("o-retention-save", "Save calls end with a better plan, not a discount", "retention-team", "o-success-retain", [
        increase("kr-plan-fit", "Raise 'right plan' answers from 55% to 70%", "plan_fit", 55, 70, 0.8, 1.5),
        # Deliberate alignment problem: pulls handle time up while Phone Support pulls it down.
        increase("kr-save-aht", "Spend longer on save calls: handle time from 420 s to 600 s", "handle_time", 420, 600, 0.5, 10),
    ]),
    objective("o-field-first-visit", "Engineers fix it on the first visit", "field-team", "o-success-retain", [
        increase("kr-first-visit", "First-visit fix rate from 78% to 88%", "first_visit_fix", 78, 88, 0.9, 1.0),
        at_least("kr-field-ces", "Keep field-visit effort score at or above 5.5 (of 7)", "field_ces", 5.5, 5.7, 0.2),
    ]),
    # Deliberate alignment problem: a team that owns NPS under a parent that owns interaction metrics.
    objective("o-chat-nps", "Chat customers recommend us", "chat-team", "o-chat-fast", [
        increase("kr-chat-nps", "Lift relationship NPS from 5 to 20", "nps", 5, 20, 0.5, 2),
    ]),
]



def metric(id, name, tier, scope, data_kind, calculation, scale=None, better="higher", unit=None,
           collection="solicited", source=None):
    m = {"id": id, "name": name, "tier": tier}
    if scope:
        m["scope"] = scope
    m.update({"dataKind": data_kind, "collection": collection, "structure": "structured",
              "calculation": calculation})
    if scale:
        m["scale"] = scale
    m.update({"betterWhen": better, "unit": unit})
    if source:
        m["source"] = source
    return m


J = lambda j: {"journeyId": j}
T = lambda t: {"touchpointId": t}
survey, crm, telephony, web = "Quarterly relationship survey", "CRM", "Telephony platform", "Web analytics"
metrics = [
    metric("nps", "Relationship NPS", "relationship", None, "experience", "nps", source=survey),
    metric("churn_rate", "Monthly churn", "relationship", None, "behavioral", "proportion", better="lower", unit="%", collection="unsolicited", source="Billing"),
    # The behavioural outcome the responses carry per respondent (0/1, docs/examples/responses.csv): the report
    # fits the churn (logit) key-driver analysis on it.
    metric("churned", "Left within 90 days of the survey", "relationship", None, "behavioral", "proportion", better="lower", unit="%", collection="unsolicited", source="Billing"),
    metric("enps", "Employee NPS", "relationship", None, "experience", "nps", source="Staff pulse survey"),
    metric("onboarding_sat", "Onboarding satisfaction", "journey", J("onboarding"), "experience", "mean", {"min": 1, "max": 5}, source="Day-30 survey"),
    metric("self_install_rate", "Self-install success", "journey", J("onboarding"), "behavioral", "proportion", unit="%", collection="unsolicited", source=web),
    metric("onboarding_calls", "'How do I start' calls", "journey", J("onboarding"), "operational", "count", better="lower", collection="unsolicited", source=telephony),
    metric("support_sat", "Support satisfaction (top-2-box)", "journey", J("support"), "experience", "topBox", {"min": 1, "max": 5, "topBox": 4}, unit="%", source="Post-case survey"),
    metric("time_to_resolution", "Time to resolution", "journey", J("support"), "operational", "mean", better="lower", unit="h", collection="unsolicited", source=crm),
    metric("save_rate", "Save rate on cancellation calls", "journey", J("support"), "operational", "proportion", unit="%", collection="unsolicited", source=crm),
    metric("new_hire_sat", "New-hire satisfaction", "journey", J("employee-onboarding"), "experience", "mean", {"min": 1, "max": 5}, source="Staff pulse survey"),
    metric("chat_csat", "Chat CSAT (top-2-box)", "interaction", T("tp-chat"), "experience", "topBox", {"min": 1, "max": 5, "topBox": 4}, unit="%", source="Chat survey"),
    metric("chat_first_response", "Chat first-response time", "interaction", T("tp-chat"), "operational", "mean", better="lower", unit="s", collection="unsolicited", source="Chat platform"),
    metric("chat_fcr", "Chat first-contact resolution", "interaction", T("tp-chat"), "operational", "proportion", unit="%", collection="unsolicited", source=crm),
    metric("phone_transfer_rate", "Phone transfer rate", "interaction", T("tp-phone"), "operational", "proportion", better="lower", unit="%", collection="unsolicited", source=telephony),
    metric("handle_time", "Average handle time", "interaction", T("tp-phone"), "operational", "mean", better="lower", unit="s", collection="unsolicited", source=telephony),
    metric("hold_time", "Average hold time", "interaction", T("tp-phone"), "operational", "mean", better="lower", unit="s", collection="unsolicited", source=telephony),
    metric("plan_fit", "'Right plan' answers", "interaction", T("tp-phone"), "experience", "proportion", unit="%", source="Post-call survey"),
    metric("welcome_open_rate", "Welcome e-mail open rate", "interaction", T("tp-welcome-email"), "behavioral", "proportion", unit="%", collection="unsolicited", source="E-mail platform"),
    metric("app_rating", "App set-up rating", "interaction", T("tp-app-setup"), "experience", "mean", {"min": 1, "max": 5}, source="Day-30 survey"),
    metric("install_guide_rating", "Install-guide rating", "interaction", T("tp-install-guide"), "experience", "mean", {"min": 1, "max": 5}, source=web),
    metric("first_visit_fix", "First-visit fix rate", "interaction", T("tp-field-repair"), "operational", "proportion", unit="%", collection="unsolicited", source="Field service system"),
    metric("field_ces", "Field-visit ease (CES)", "interaction", T("tp-field-visit"), "experience", "mean", {"min": 1, "max": 7}, source="Post-visit survey"),
    # Survey items asked per response (docs/examples/responses.csv); drivers of the journey outcomes.
    metric("agent_knowledge", "Agent knowledge", "interaction", T("tp-phone"), "experience", "mean", {"min": 1, "max": 5}, source="Post-case survey"),
    metric("agent_courtesy", "Agent courtesy", "interaction", T("tp-phone"), "experience", "mean", {"min": 1, "max": 5}, source="Post-case survey"),
    metric("first_contact_fix", "Fixed on first contact", "interaction", {"stageId": "st-ask"}, "experience", "proportion", unit="%", source="Post-case survey"),
    metric("phone_transfer", "Was transferred", "interaction", T("tp-phone"), "experience", "proportion", better="lower", unit="%", source="Post-case survey"),
    metric("follow_up_clarity", "Follow-up clarity", "interaction", {"stageId": "st-fix"}, "experience", "mean", {"min": 1, "max": 5}, source="Post-case survey"),
    metric("app_help", "In-app help", "interaction", T("tp-help-app"), "experience", "mean", {"min": 1, "max": 5}, source="Post-case survey"),
    metric("order_ease", "Ease of ordering", "interaction", T("tp-web-order"), "experience", "mean", {"min": 1, "max": 5}, source="Day-30 survey"),
    metric("welcome_clarity", "Welcome e-mail clarity", "interaction", T("tp-welcome-email"), "experience", "mean", {"min": 1, "max": 5}, source="Day-30 survey"),
    metric("setup_minutes", "Set-up time", "interaction", {"stageId": "st-install"}, "experience", "mean", better="lower", unit="min", source="Day-30 survey"),
    metric("bill_clarity", "First-bill clarity", "interaction", T("tp-first-bill"), "experience", "mean", {"min": 1, "max": 5}, source="Day-30 survey"),
    metric("self_install", "Installed it themselves", "interaction", {"stageId": "st-install"}, "experience", "proportion", unit="%", source="Day-30 survey"),
    metric("induction_rating", "Induction day rating", "interaction", T("tp-induction"), "experience", "mean", {"min": 1, "max": 5}, source="Staff pulse survey"),
]

links = [(a, b) for a, b in [
    ("chat_csat", "support_sat"), ("chat_first_response", "support_sat"), ("chat_fcr", "support_sat"),
    ("phone_transfer_rate", "support_sat"), ("hold_time", "support_sat"), ("handle_time", "time_to_resolution"),
    ("first_visit_fix", "time_to_resolution"), ("plan_fit", "save_rate"),
    ("welcome_open_rate", "onboarding_sat"), ("app_rating", "onboarding_sat"), ("field_ces", "onboarding_sat"),
    ("install_guide_rating", "self_install_rate"),
    ("support_sat", "nps"), ("time_to_resolution", "nps"), ("onboarding_sat", "nps"),
    ("self_install_rate", "churn_rate"), ("save_rate", "churn_rate"), ("onboarding_calls", "churn_rate"),
    ("agent_knowledge", "support_sat"), ("agent_courtesy", "support_sat"), ("first_contact_fix", "support_sat"),
    ("phone_transfer", "support_sat"), ("follow_up_clarity", "support_sat"), ("app_help", "support_sat"),
    ("order_ease", "onboarding_sat"), ("welcome_clarity", "onboarding_sat"), ("install_guide_rating", "onboarding_sat"),
    ("setup_minutes", "onboarding_sat"), ("bill_clarity", "onboarding_sat"), ("self_install", "onboarding_sat"),
    ("induction_rating", "new_hire_sat"), ("new_hire_sat", "enps"),
]]


def tp(id, name, channel, unit):
    return {"id": id, "name": name, "channel": channel, "unitId": unit}


journeys = [
    {"id": "onboarding", "name": "Getting connected", "audience": "customer",
     "outcomes": [{"metricId": "onboarding_sat", "category": "customer"}, {"metricId": "onboarding_calls", "category": "business"}],
     "stages": [
         {"id": "st-order", "name": "Order", "touchpoints": [tp("tp-web-order", "Online order", "web", "product"), tp("tp-store", "Store", "store", "success")]},
         {"id": "st-welcome", "name": "Welcome", "touchpoints": [tp("tp-welcome-email", "Welcome e-mail", "email", "onboarding-squad"), tp("tp-app-setup", "App set-up", "app", "app-squad")]},
         {"id": "st-install", "name": "Install", "touchpoints": [tp("tp-install-guide", "Install guide", "web", "onboarding-squad"), tp("tp-field-visit", "Engineer visit", "field", "field-team")]},
         {"id": "st-first-bill", "name": "First bill", "touchpoints": [tp("tp-first-bill", "First bill", "email", "success")]},
     ]},
    {"id": "support", "name": "Getting help", "audience": "customer",
     "outcomes": [{"metricId": "support_sat", "category": "customer"}, {"metricId": "time_to_resolution", "category": "business"}],
     "stages": [
         {"id": "st-ask", "name": "Ask for help", "touchpoints": [tp("tp-chat", "Chat", "chat", "chat-team"), tp("tp-phone", "Phone", "phone", "phone-team"), tp("tp-help-app", "In-app help", "app", "app-squad")]},
         {"id": "st-fix", "name": "Get it fixed", "touchpoints": [tp("tp-field-repair", "Repair visit", "field", "field-team")]},
     ]},
    {"id": "employee-onboarding", "name": "Joining Brightline", "audience": "employee",
     "outcomes": [{"metricId": "new_hire_sat", "category": "employee"}],
     "stages": [
         {"id": "st-first-week", "name": "First week", "touchpoints": [tp("tp-induction", "Induction day", "other", "company")]},
         {"id": "st-first-month", "name": "First month", "touchpoints": [tp("tp-buddy", "Buddy check-ins", "other", "company")]},
     ]},
]

document = {
    "formatVersion": 1,
    "units": [{"id": i, "name": n, "parentId": p} for i, n, p in units],
    "periods": [{"id": "2026-Q4", "start": START.isoformat(), "end": END.isoformat()}],
    "objectives": objectives,
    "metrics": metrics,
    "metricLinks": [{"from": a, "to": b, "strength": None} for a, b in links],
    "journeys": journeys,
}

with open("docs/examples/workspace.json", "w", encoding="utf-8") as f:
    json.dump(document, f, indent=2, ensure_ascii=False)
    f.write("\n")
