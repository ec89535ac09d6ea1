using System.Globalization;
using System.Net;
using System.Text;

namespace CxOkr.Reporting.Html;

/// <summary>
/// Small, dependency-free SVG charts for the HTML report (inline, no scripts). Every chart has a viewBox at most
/// <see cref="ChartWidth"/> wide and is drawn at 100% of its box, with text of at least 14 units, so that at a
/// 360 px screen (a box of about 320 px) no text is drawn below 11 px. Titles and legends are HTML beside the chart.
/// </summary>
internal static class Svg
{
    /// <summary>Status colours; white text on each has a contrast of at least 4.5:1 (WCAG 2.1 AA).</summary>
    public const string Green = "#2e7d32";
    public const string DarkGreen = "#1b5e20";
    public const string Yellow = "#b45309";
    public const string Red = "#c62828";
    public const string Blue = "#1565c0";
    public const string Grey = "#546e7a";
    public const string Ink = "#263238";

    /// <summary>The widest viewBox of a chart that scales with the page.</summary>
    public const int ChartWidth = 400;

    /// <summary>
    /// User text for HTML or SVG, in element content and in attribute values alike: HTML-encoded, and, when it
    /// holds right-to-left letters or bidirectional control characters, wrapped in FIRST STRONG ISOLATE (U+2068)
    /// and POP DIRECTIONAL ISOLATE (U+2069), so that neither a U+202E override nor Arabic or Hebrew text can
    /// reorder the numbers beside it (a score 0.47 reading "74.0"). The isolate characters work where markup
    /// such as <c>&lt;bdi&gt;</c> cannot go (attributes, SVG <c>&lt;text&gt;</c>, <c>&lt;title&gt;</c>).
    /// </summary>
    public static string Esc(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        return NeedsIsolation(text) ? $"\u2068{encoded}\u2069" : encoded;
    }

    /// <summary>Whether <paramref name="text"/> has a character that can reorder its surroundings: a right-to-left letter or a bidi control.</summary>
    public static bool NeedsIsolation(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF' // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic
                or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' // presentation forms
                or '\u200F' or '\u061C' // RIGHT-TO-LEFT MARK, ARABIC LETTER MARK
                or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' // embeddings, overrides, isolates
                or >= '\uD802' and <= '\uD803' or '\uD83A' or '\uD83B') // high surrogates of the astral RTL blocks
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A coordinate or plain number: at most two decimals, invariant culture.</summary>
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Round axis ticks by the 1-2-5 rule: a step of 1, 2 or 5 times a power of ten giving about
    /// <paramref name="target"/> intervals, and ticks from the multiple of the step at or below <paramref name="low"/>
    /// to the one at or above <paramref name="high"/>.
    /// </summary>
    public static IReadOnlyList<double> NiceTicks(double low, double high, int target = 5)
    {
        if (!(high > low))
        {
            high = low + 1;
        }

        var raw = (high - low) / Math.Max(1, target);
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / power;
        var step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
        var first = Math.Floor((low / step) + 1e-9) * step;
        var last = Math.Ceiling((high / step) - 1e-9) * step;
        var ticks = new List<double>();
        for (var i = 0; first + (i * step) <= last + (step * 1e-6) && i < 100; i++)
        {
            // Rounded to the step's decimals so that 0.30000000000000004 prints as 0.3.
            var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step)));
            ticks.Add(Math.Round(first + (i * step), Math.Min(15, decimals)));
        }

        return ticks;
    }

    /// <summary>A progress bar: fill for the score (0-1) in the status colour, a dark tick at the expected progress.</summary>
    public static string ProgressBar(double score, double expected, string colour, string label)
    {
        const int width = 160, height = 12;
        var fill = Math.Clamp(score, 0, 1) * width;
        var tick = Math.Clamp(expected, 0, 1) * width;
        return $"""<svg class="bar" width="{width + 2}" height="{height + 6}" viewBox="-1 -3 {width + 2} {height + 6}" role="img" aria-label="{Esc(label)}"><title>{Esc(label)}</title><rect width="{width}" height="{height}" rx="3" fill="#eceff1"/><rect width="{N(fill)}" height="{height}" rx="3" fill="{colour}"/><line x1="{N(tick)}" x2="{N(tick)}" y1="-3" y2="{height + 3}" stroke="{Ink}" stroke-width="2"/></svg>""";
    }

    /// <summary>A check-in sparkline: values over the period with a dashed target line; no text.</summary>
    public static string Sparkline(IReadOnlyList<(double Day, double Value)> points, double periodDays, double? target, string label)
    {
        const int width = 90, height = 22, pad = 3;
        if (points.Count == 0)
        {
            return string.Empty;
        }

        var lo = Math.Min(points.Min(static p => p.Value), target ?? double.PositiveInfinity);
        var hi = Math.Max(points.Max(static p => p.Value), target ?? double.NegativeInfinity);
        if (hi - lo < 1e-12)
        {
            (lo, hi) = (lo - 1, hi + 1);
        }

        double X(double day) => pad + (Math.Clamp(day / Math.Max(1, periodDays), 0, 1) * (width - (2 * pad)));
        double Y(double v) => pad + ((hi - v) / (hi - lo) * (height - (2 * pad)));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{Esc(label)}"><title>{Esc(label)}</title>""");
        if (target is { } t)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<line x1="{pad}" x2="{width - pad}" y1="{N(Y(t))}" y2="{N(Y(t))}" stroke="{Grey}" stroke-dasharray="3 2"/>""");
        }

        text.Append(CultureInfo.InvariantCulture, $"""<polyline points="{string.Join(" ", points.Select(p => $"{N(X(p.Day))},{N(Y(p.Value))}"))}" fill="none" stroke="{Blue}" stroke-width="1.6"/>""");
        var last = points[^1];
        text.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(X(last.Day))}" cy="{N(Y(last.Value))}" r="2.4" fill="{Blue}"/></svg>""");
        return text.ToString();
    }

    /// <summary>One point of a trend: its x label, value and interval, whether its sample is low and whether its period is not over yet.</summary>
    public readonly record struct TrendPoint(string Label, double Value, double Lower, double Upper, bool LowSample, bool Partial, string Hover);

    /// <summary>
    /// A line chart of values with a shaded interval band, round ticks, the y axis titled with the unit, dashed
    /// target lines, the last (partial) period on a hatched background, and the last value labelled.
    /// </summary>
    public static string TrendChart(string label, IReadOnlyList<TrendPoint> points, string axisTitle, IReadOnlyList<double> targets, Func<double, string> format)
    {
        const int width = ChartWidth, height = 250, left = 52, right = 44, top = 30, bottom = 34;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{Esc(label)}">""");
        if (points.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<text x="{left}" y="{height / 2}">no data</text></svg>""");
            return text.ToString();
        }

        var ticks = NiceTicks(Math.Min(points.Min(static p => p.Lower), targets.DefaultIfEmpty(double.PositiveInfinity).Min()), Math.Max(points.Max(static p => p.Upper), targets.DefaultIfEmpty(double.NegativeInfinity).Max()), 4);
        var (lo, hi) = (ticks[0], ticks[^1]);
        var plotWidth = width - left - right;
        double X(int i) => points.Count == 1 ? left + (plotWidth / 2.0) : left + (i * plotWidth / (double)(points.Count - 1));
        double Y(double v) => top + ((hi - v) / (hi - lo) * (height - top - bottom));
        text.Append(CultureInfo.InvariantCulture, $"""<text x="4" y="16" class="axis">{Esc(axisTitle)}</text>""");
        if (points[^1].Partial)
        {
            var from = points.Count == 1 ? left : (X(points.Count - 2) + X(points.Count - 1)) / 2;
            text.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(from)}" y="{top}" width="{N(width - right - from + 20)}" height="{height - top - bottom}" fill="#f1f3f4"/><line x1="{N(from)}" x2="{N(from)}" y1="{top}" y2="{height - bottom}" stroke="#b0bec5" stroke-dasharray="2 3"/>""");
        }

        foreach (var v in ticks)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<line x1="{left}" x2="{width - right + 20}" y1="{N(Y(v))}" y2="{N(Y(v))}" stroke="#e0e0e0"/><text x="{left - 6}" y="{N(Y(v) + 5)}" text-anchor="end" class="axis">{Esc(format(v))}</text>""");
        }

        foreach (var target in targets)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<line x1="{left}" x2="{width - right + 20}" y1="{N(Y(target))}" y2="{N(Y(target))}" stroke="{Red}" stroke-width="1.5" stroke-dasharray="6 4"><title>target {Esc(format(target))}</title></line>""");
        }

        var band = string.Join(" ", points.Select((p, i) => $"{N(X(i))},{N(Y(p.Upper))}").Concat(points.Select((p, i) => (p, i)).Reverse().Select(t => $"{N(X(t.i))},{N(Y(t.p.Lower))}")));
        text.Append(CultureInfo.InvariantCulture, $"""<polygon points="{band}" fill="{Blue}" fill-opacity="0.16" stroke="none"/>""");
        text.Append(CultureInfo.InvariantCulture, $"""<polyline points="{string.Join(" ", points.Select((p, i) => $"{N(X(i))},{N(Y(p.Value))}"))}" fill="none" stroke="{Blue}" stroke-width="2.5"/>""");
        var every = Math.Max(1, (int)Math.Ceiling(points.Count / (plotWidth / 58.0)));
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            text.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(X(i))}" cy="{N(Y(p.Value))}" r="4" fill="{(p.LowSample ? "#fff" : Blue)}" stroke="{Blue}" stroke-width="2"><title>{Esc(p.Hover)}</title></circle>""");
            if ((points.Count - 1 - i) % every == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"""<text x="{N(X(i))}" y="{height - 10}" text-anchor="middle" class="axis">{Esc(p.Label)}</text>""");
            }
        }

        // The last value, right of its point when it fits, else above it.
        var lastY = Y(points[^1].Value);
        text.Append(CultureInfo.InvariantCulture, $"""<text x="{N(X(points.Count - 1))}" y="{N(lastY < top + 22 ? lastY + 22 : lastY - 10)}" text-anchor="end" class="value">{Esc(format(points[^1].Value))}</text>""");
        text.Append("</svg>");
        return text.ToString();
    }

    /// <summary>One stacked 100% bar per period (e.g. detractors, passives, promoters), with round ticks in %.</summary>
    public static string StackedBars(string label, IReadOnlyList<(string Label, IReadOnlyList<double> Shares, string Hover)> bars, IReadOnlyList<string> colours)
    {
        const int width = ChartWidth, height = 220, left = 52, right = 10, top = 14, bottom = 34;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{Esc(label)}">""");
        double Y(double share) => top + ((1 - share) * (height - top - bottom));
        foreach (var v in new[] { 0, 0.5, 1 })
        {
            text.Append(CultureInfo.InvariantCulture, $"""<text x="{left - 6}" y="{N(Y(v) + 5)}" text-anchor="end" class="axis">{v * 100:0}%</text>""");
        }

        var slot = (width - left - right) / (double)Math.Max(1, bars.Count);
        var every = Math.Max(1, (int)Math.Ceiling(58 / slot));
        for (var i = 0; i < bars.Count; i++)
        {
            var x = left + (i * slot) + (slot * 0.15);
            var y = 1.0;
            var shares = bars[i].Shares;
            for (var s = 0; s < shares.Count; s++)
            {
                var share = Math.Clamp(shares[s], 0, 1);
                text.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(x)}" y="{N(Y(y))}" width="{N(slot * 0.7)}" height="{N(Y(y - share) - Y(y))}" fill="{colours[s % colours.Count]}"><title>{Esc(bars[i].Hover)}</title></rect>""");
                y -= share;
            }

            if ((bars.Count - 1 - i) % every == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"""<text x="{N(x + (slot * 0.35))}" y="{height - 10}" text-anchor="middle" class="axis">{Esc(bars[i].Label)}</text>""");
            }
        }

        text.Append("</svg>");
        return text.ToString();
    }

    /// <summary>Horizontal bars of importance share with optional interval whiskers, in the order given; names shortened to fit with the full name on hover.</summary>
    public static string ImportanceChart(string label, IReadOnlyList<(string Name, double Share, double? Lower, double? Upper)> bars)
    {
        const int width = ChartWidth, left = 172, right = 52, rowHeight = 28, top = 8;
        var height = top + (bars.Count * rowHeight) + 30;
        var ticks = NiceTicks(0, Math.Max(1e-9, bars.Max(static b => Math.Max(b.Share, b.Upper ?? 0))), 3);
        var max = ticks[^1];
        double X(double v) => left + (v / max * (width - left - right));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{Esc(label)}">""");
        foreach (var t in ticks)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(X(t))}" x2="{N(X(t))}" y1="{top}" y2="{height - 24}" stroke="#e0e0e0"/><text x="{N(X(t))}" y="{height - 8}" text-anchor="middle" class="axis">{t * 100:0.#}%</text>""");
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var (name, share, lower, upper) = bars[i];
            var y = top + (i * rowHeight);
            text.Append(CultureInfo.InvariantCulture, $"""<text x="{left - 8}" y="{y + 17}" text-anchor="end">{Esc(Shorten(name, 21))}<title>{Esc(name)}</title></text>""");
            text.Append(CultureInfo.InvariantCulture, $"""<rect x="{left}" y="{y + 5}" width="{N(Math.Max(0, X(share) - left))}" height="16" fill="{Blue}" rx="2"><title>{Esc(name)}: {share * 100:0.0}% of R²</title></rect>""");
            if (lower is { } l && upper is { } u)
            {
                text.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(X(l))}" x2="{N(X(u))}" y1="{y + 13}" y2="{y + 13}" stroke="{Ink}" stroke-width="1.5"/><line x1="{N(X(l))}" x2="{N(X(l))}" y1="{y + 7}" y2="{y + 19}" stroke="{Ink}" stroke-width="1.5"/><line x1="{N(X(u))}" x2="{N(X(u))}" y1="{y + 7}" y2="{y + 19}" stroke="{Ink}" stroke-width="1.5"/>""");
            }

            text.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Math.Min(width - 46, Math.Max(X(share), X(upper ?? 0)) + 5))}" y="{y + 17}" class="value">{share * 100:0.0}%</text>""");
        }

        text.Append("</svg>");
        return text.ToString();
    }

    /// <summary>The importance-performance (priority) matrix: a scatter split into four quadrants, with round ticks, labels placed apart (leader lines when moved) and the quadrant names in the corners.</summary>
    public static string QuadrantChart(string label, IReadOnlyList<(string Name, double Importance, double Performance, string Hover)> points, double importanceSplit, double performanceSplit)
    {
        const int width = ChartWidth, height = 380, left = 58, right = 24, top = 12, bottom = 44;
        var xTicks = NiceTicks(0, Math.Max(points.Max(static p => p.Importance), importanceSplit) * 1.1, 4);
        var yTicks = NiceTicks(Math.Max(0, Math.Min(points.Min(static p => p.Performance), performanceSplit) - 5), Math.Min(100, Math.Max(points.Max(static p => p.Performance), performanceSplit) + 5), 4);
        var (maxX, minY, maxY) = (xTicks[^1], yTicks[0], yTicks[^1]);
        double X(double v) => left + (v / maxX * (width - left - right));
        double Y(double v) => top + ((maxY - v) / (maxY - minY) * (height - top - bottom));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{Esc(label)}">""");
        var (sx, sy) = (X(importanceSplit), Y(performanceSplit));
        text.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(sx)}" y="{top}" width="{N(width - right - sx)}" height="{N(sy - top)}" fill="#e8f5e9"/><rect x="{N(sx)}" y="{N(sy)}" width="{N(width - right - sx)}" height="{N(height - bottom - sy)}" fill="#ffebee"/>""");
        foreach (var t in xTicks)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(X(t))}" x2="{N(X(t))}" y1="{height - bottom}" y2="{height - bottom + 4}" stroke="{Grey}"/><text x="{N(X(t))}" y="{height - bottom + 22}" text-anchor="middle" class="axis">{t * 100:0.#}%</text>""");
        }

        foreach (var t in yTicks)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<line x1="{left - 4}" x2="{left}" y1="{N(Y(t))}" y2="{N(Y(t))}" stroke="{Grey}"/><text x="{left - 7}" y="{N(Y(t) + 5)}" text-anchor="end" class="axis">{N(t)}</text>""");
        }

        text.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(sx)}" x2="{N(sx)}" y1="{top}" y2="{height - bottom}" stroke="{Grey}" stroke-dasharray="5 3"/><line x1="{left}" x2="{width - right}" y1="{N(sy)}" y2="{N(sy)}" stroke="{Grey}" stroke-dasharray="5 3"/>""");
        text.Append(CultureInfo.InvariantCulture, $"""<rect x="{left}" y="{top}" width="{width - left - right}" height="{height - top - bottom}" fill="none" stroke="#90a4ae"/>""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="{(left + width - right) / 2}" y="{height - 3}" text-anchor="middle" class="axis">importance (share of R²) →</text>""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="16" y="{(top + height - bottom) / 2}" text-anchor="middle" class="axis" transform="rotate(-90 16 {(top + height - bottom) / 2})">performance (0-100, high is good) →</text>""");

        // Quadrant names in the corners, placed first so that point labels keep clear of them.
        var placer = new LabelPlacer(left, top, width - right, height - bottom);
        void Corner(string name, bool rightSide, bool upper, string css)
        {
            var w = LabelPlacer.Width(name, 14);
            var x = rightSide ? width - right - 6 - w : left + 6;
            var y = upper ? top + 18 : height - bottom - 6;
            placer.Reserve(x, y - 14, w, 17);
            text.Append(CultureInfo.InvariantCulture, $"""<text x="{N(x)}" y="{y}" class="{css}">{name}</text>""");
        }

        Corner("Maintain", true, true, "quadrant");
        Corner("Focus", true, false, "quadrant focus");
        Corner("Promote", false, true, "quadrant");
        Corner("Monitor", false, false, "quadrant");
        foreach (var p in points)
        {
            placer.Reserve(X(p.Importance) - 5, Y(p.Performance) - 5, 10, 10);
        }

        foreach (var p in points.OrderBy(static p => -p.Importance))
        {
            var (px, py) = (X(p.Importance), Y(p.Performance));
            text.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(px)}" cy="{N(py)}" r="5" fill="{Blue}"><title>{Esc(p.Hover)}</title></circle>""");
            var name = Shorten(p.Name, 22);
            if (placer.Place(px, py, LabelPlacer.Width(name, 14), 17) is { } spot)
            {
                if (spot.Moved)
                {
                    text.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(px)}" y1="{N(py)}" x2="{N(spot.AnchorX)}" y2="{N(spot.AnchorY)}" stroke="{Grey}" stroke-width="1"/>""");
                }

                text.Append(CultureInfo.InvariantCulture, $"""<text x="{N(spot.X)}" y="{N(spot.Y + 13)}" class="label">{Esc(name)}<title>{Esc(p.Hover)}</title></text>""");
            }
        }

        text.Append("</svg>");
        return text.ToString();
    }

    /// <summary>Text shortened to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    /// <summary>
    /// Greedy label placement: each label tries positions around its point, nearest first (right, left, above,
    /// below, then further out), and takes the first inside the plot that overlaps no reserved box; a label
    /// that had to move away from its point gets a leader line. A label with no free place is left out (its
    /// point keeps the name on hover).
    /// </summary>
    internal sealed class LabelPlacer(double minX, double minY, double maxX, double maxY)
    {
        private readonly List<(double X, double Y, double W, double H)> _boxes = [];

        /// <summary>The width of text in user units, estimated generously (0.6 em per character).</summary>
        public static double Width(string text, double fontSize) => text.Length * fontSize * 0.6;

        public void Reserve(double x, double y, double w, double h) => _boxes.Add((x, y, w, h));

        public (double X, double Y, bool Moved, double AnchorX, double AnchorY)? Place(double px, double py, double w, double h)
        {
            foreach (var distance in new[] { 7.0, 16, 28, 42, 60, 84, 110 })
            {
                var candidates = new (double X, double Y)[]
                {
                    (px + distance, py - (h / 2)), (px - distance - w, py - (h / 2)),
                    (px - (w / 2), py - distance - h), (px - (w / 2), py + distance),
                    (px + distance, py - distance - h), (px + distance, py + distance),
                    (px - distance - w, py - distance - h), (px - distance - w, py + distance),
                };
                foreach (var (x, y) in candidates)
                {
                    if (x < minX + 2 || y < minY + 2 || x + w > maxX - 2 || y + h > maxY - 2 || _boxes.Exists(b => x < b.X + b.W + 2 && b.X < x + w + 2 && y < b.Y + b.H + 1 && b.Y < y + h + 1))
                    {
                        continue;
                    }

                    _boxes.Add((x, y, w, h));
                    // A leader line when the label's nearest edge is more than a glance (12 units) from its point.
                    var anchorX = Math.Clamp(px, x, x + w);
                    var anchorY = Math.Clamp(py, y, y + h);
                    return (x, y, Math.Sqrt(((anchorX - px) * (anchorX - px)) + ((anchorY - py) * (anchorY - py))) > 12, anchorX, anchorY);
                }
            }

            return null;
        }
    }
}
