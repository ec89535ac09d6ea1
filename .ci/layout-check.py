"""Checks the report's layout in headless Chromium at given widths (standard library only).

Usage: python3 layout-check.py [--screenshots DIR] REPORT.html WIDTH [WIDTH...]

For each width, a copy of the report with .ci/layout-check.js appended runs in `chromium --headless --dump-dom`;
the script measures the page and writes its findings as JSON into the DOM, which this reads back. Exits 1 and
lists the problems if any width has one (overflow, small text, overlapping or clipped chart labels, a badge
without a reason, contrast below WCAG AA), 0 otherwise. With --screenshots, also saves DIR/report-WIDTH.png.
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def framed(page, width, height):
    """The page in an iframe exactly WIDTH px wide (a headless window is at least 500 px wide)."""
    return (f'<!DOCTYPE html><html><body style="margin:0"><iframe style="border:0;width:{width}px;height:{height}px" '
            f'srcdoc="{html.escape(page, quote=True)}"></iframe></body></html>')


def screenshot(report, width, folder):
    page = open(report, encoding="utf-8").read()
    with tempfile.TemporaryDirectory() as work:
        copy = os.path.join(work, "page.html")
        open(copy, "w", encoding="utf-8").write(framed(page, width, 7000))
        png = os.path.join(folder, f"report-{width}.png")
        subprocess.run(CHROMIUM + ["--user-data-dir=" + os.path.join(work, "profile"), f"--window-size={width},7000",
                                   "--screenshot=" + os.path.abspath(png), "file://" + copy],
                       capture_output=True, text=True, timeout=180)
        return png


def check(report, width):
    script = open(os.path.join(HERE, "layout-check.js"), encoding="utf-8").read()
    page = open(report, encoding="utf-8").read()
    with tempfile.TemporaryDirectory() as work:
        copy = os.path.join(work, "page.html")
        # The page runs in an iframe exactly WIDTH px wide (a headless window is at least 500 px wide), its
        # media queries seeing that width; the script, appended to the page (the parser puts it at the end of
        # the body, so it runs once the page is laid out), writes its findings into this outer page.
        open(copy, "w", encoding="utf-8").write(framed(page + "\n<script>" + script + "</script>\n", width, 4000))
        profile = os.path.join(work, "profile")
        result = subprocess.run(
            CHROMIUM + ["--user-data-dir=" + profile, f"--window-size={max(width, 500) + 20},4000",
                        "--virtual-time-budget=5000", "--dump-dom", "file://" + copy],
            capture_output=True, text=True, timeout=180)
    # The last match: the script's own text (dumped with the page) names the element too.
    found = re.findall(r'<pre id="cxokr-layout-check">(\{.*?)</pre>', result.stdout, re.S)
    if not found:
        return None, [f"the check script did not run (chromium exit {result.returncode}): {result.stderr[-400:]}"]
    data = json.loads(html.unescape(found[-1]))
    return data, [f"{p['kind']}: {p['message']}" for p in data["problems"]]


def main():
    args = sys.argv[1:]
    folder = None
    if args[:1] == ["--screenshots"]:
        folder, args = args[1], args[2:]
        os.makedirs(folder, exist_ok=True)
    report, widths = args[0], [int(w) for w in args[1:]]
    failed = False
    for width in widths:
        if folder:
            print(f"layout-check {width} px: screenshot {screenshot(report, width, folder)}")
        data, problems = check(report, width)
        counts = data["counts"] if data else {}
        print(f"layout-check {width} px: {len(problems)} problem(s); checked {counts.get('texts', 0)} texts, "
              f"{counts.get('svgTexts', 0)} chart labels, {counts.get('badges', 0)} badges"
              + (f" (viewport {data['width']} px)" if data else ""))
        for problem in problems[:60]:
            print(f"  {problem}")
        if len(problems) > 60:
            print(f"  ... and {len(problems) - 60} more")
        failed = failed or bool(problems) or data is None or counts.get("texts", 0) == 0
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
