using System.Globalization;
using System.Net;
using System.Text;

namespace CxOkr.Reporting.Html;

/// <summary>Small, dependency-free SVG charts for the HTML report (inline, no scripts).</summary>
internal static class Svg
{
    public const string Green = "#2e7d32";
    public const string Yellow = "#f9a825";
    public const string Red = "#c62828";
    public const string Blue = "#1565c0";
    public const string Grey = "#9e9e9e";

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

    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A progress bar: fill for the score (0-1), a dark tick at the expected progress.</summary>
    public static string ProgressBar(double score, double expected, string colour, int width = 220, int height = 14)
    {
        var fill = Math.Clamp(score, 0, 1) * width;
        var tick = Math.Clamp(expected, 0, 1) * width;
        return $"""<svg class="bar" width="{width + 2}" height="{height + 4}" viewBox="-1 -2 {width + 2} {height + 4}" role="img" aria-label="score {N(score)}, expected {N(expected)}"><rect width="{width}" height="{height}" rx="3" fill="#eceff1"/><rect width="{N(fill)}" height="{height}" rx="3" fill="{colour}"/><line x1="{N(tick)}" x2="{N(tick)}" y1="-2" y2="{height + 2}" stroke="#263238" stroke-width="2"/></svg>""";
    }

    /// <summary>A line chart of values with a shaded interval band, one point per labelled period.</summary>
    public static string TrendChart(string title, IReadOnlyList<(string Label, double Value, double Lower, double Upper, bool LowSample)> points, string unit)
    {
        const int width = 520, height = 220, left = 50, right = 20, top = 30, bottom = 36;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{Esc(title)}">""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="{left}" y="18" class="title">{Esc(title)}</text>""");
        if (points.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<text x="{left}" y="{height / 2}">no data</text></svg>""");
            return text.ToString();
        }

        var lo = points.Min(p => p.Lower);
        var hi = points.Max(p => p.Upper);
        if (hi - lo < 1e-9)
        {
            hi = lo + 1;
        }

        var pad = (hi - lo) * 0.1;
        lo -= pad;
        hi += pad;
        double X(int i) => points.Count == 1 ? left + ((width - left - right) / 2.0) : left + (i * (width - left - right) / (double)(points.Count - 1));
        double Y(double v) => top + ((hi - v) / (hi - lo) * (height - top - bottom));

        // Axis and gridlines.
        for (var g = 0; g <= 4; g++)
        {
            var v = lo + ((hi - lo) * g / 4);
            text.Append(CultureInfo.InvariantCulture, $"""<line x1="{left}" x2="{width - right}" y1="{N(Y(v))}" y2="{N(Y(v))}" stroke="#e0e0e0"/><text x="{left - 6}" y="{N(Y(v) + 4)}" text-anchor="end" class="axis">{N(v)}</text>""");
        }

        var band = string.Join(" ", points.Select((p, i) => $"{N(X(i))},{N(Y(p.Upper))}").Concat(points.Select((p, i) => (p, i)).Reverse().Select(t => $"{N(X(t.i))},{N(Y(t.p.Lower))}")));
        text.Append(CultureInfo.InvariantCulture, $"""<polygon points="{band}" fill="{Blue}" fill-opacity="0.18" stroke="none"/>""");
        var line = string.Join(" ", points.Select((p, i) => $"{N(X(i))},{N(Y(p.Value))}"));
        text.Append(CultureInfo.InvariantCulture, $"""<polyline points="{line}" fill="none" stroke="{Blue}" stroke-width="2.5"/>""");
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            text.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(X(i))}" cy="{N(Y(p.Value))}" r="4" fill="{(p.LowSample ? "#fff" : Blue)}" stroke="{Blue}" stroke-width="2"><title>{Esc(p.Label)}: {N(p.Value)}{Esc(unit)} [{N(p.Lower)}, {N(p.Upper)}]</title></circle>""");
            text.Append(CultureInfo.InvariantCulture, $"""<text x="{N(X(i))}" y="{height - 12}" text-anchor="middle" class="axis">{Esc(p.Label)}</text>""");
            text.Append(CultureInfo.InvariantCulture, $"""<text x="{N(X(i))}" y="{N(Y(p.Value) - 9)}" text-anchor="middle" class="value">{N(p.Value)}</text>""");
        }

        text.Append("</svg>");
        return text.ToString();
    }

    /// <summary>Horizontal bars of importance share with optional interval whiskers, largest first.</summary>
    public static string ImportanceChart(string title, IReadOnlyList<(string Name, double Share, double? Lower, double? Upper)> bars)
    {
        const int left = 170, right = 60, rowHeight = 26, top = 34;
        var width = 560;
        var height = top + (bars.Count * rowHeight) + 24;
        var max = Math.Max(1e-9, bars.Max(b => Math.Max(b.Share, b.Upper ?? 0)));
        double X(double v) => left + (v / max * (width - left - right));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{Esc(title)}">""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="10" y="18" class="title">{Esc(title)}</text>""");
        for (var i = 0; i < bars.Count; i++)
        {
            var (name, share, lower, upper) = bars[i];
            var y = top + (i * rowHeight);
            text.Append(CultureInfo.InvariantCulture, $"""<text x="{left - 8}" y="{y + 15}" text-anchor="end">{Esc(name)}</text>""");
            text.Append(CultureInfo.InvariantCulture, $"""<rect x="{left}" y="{y + 3}" width="{N(X(share) - left)}" height="16" fill="{Blue}" rx="2"/>""");
            if (lower is { } l && upper is { } u)
            {
                text.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(X(l))}" x2="{N(X(u))}" y1="{y + 11}" y2="{y + 11}" stroke="#263238" stroke-width="1.5"/><line x1="{N(X(l))}" x2="{N(X(l))}" y1="{y + 5}" y2="{y + 17}" stroke="#263238" stroke-width="1.5"/><line x1="{N(X(u))}" x2="{N(X(u))}" y1="{y + 5}" y2="{y + 17}" stroke="#263238" stroke-width="1.5"/>""");
            }

            text.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Math.Max(X(share), X(upper ?? 0)) + 6)}" y="{y + 15}" class="value">{share * 100:0.0}%</text>""");
        }

        text.Append("</svg>");
        return text.ToString();
    }

    /// <summary>The importance-performance (priority) matrix: a labelled scatter split into four quadrants.</summary>
    public static string QuadrantChart(string title, IReadOnlyList<(string Name, double Importance, double Performance)> points, double importanceSplit, double performanceSplit)
    {
        const int width = 560, height = 400, left = 60, right = 30, top = 34, bottom = 46;
        var maxX = Math.Max(points.Max(p => p.Importance), importanceSplit) * 1.15;
        var minY = Math.Min(points.Min(p => p.Performance), performanceSplit);
        var maxY = Math.Max(points.Max(p => p.Performance), performanceSplit);
        var padY = Math.Max(5, (maxY - minY) * 0.12);
        minY = Math.Max(0, minY - padY);
        maxY = Math.Min(100, maxY + padY);
        if (maxY - minY < 1)
        {
            maxY = minY + 1;
        }

        double X(double v) => left + (v / maxX * (width - left - right));
        double Y(double v) => top + ((maxY - v) / (maxY - minY) * (height - top - bottom));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{Esc(title)}">""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="10" y="18" class="title">{Esc(title)}</text>""");
        text.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(X(importanceSplit))}" y="{top}" width="{N(width - right - X(importanceSplit))}" height="{N(Y(performanceSplit) - top)}" fill="#e8f5e9"/>""");
        text.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(X(importanceSplit))}" y="{N(Y(performanceSplit))}" width="{N(width - right - X(importanceSplit))}" height="{N(height - bottom - Y(performanceSplit))}" fill="#ffebee"/>""");
        text.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(X(importanceSplit))}" x2="{N(X(importanceSplit))}" y1="{top}" y2="{height - bottom}" stroke="#607d8b" stroke-dasharray="4 3"/>""");
        text.Append(CultureInfo.InvariantCulture, $"""<line x1="{left}" x2="{width - right}" y1="{N(Y(performanceSplit))}" y2="{N(Y(performanceSplit))}" stroke="#607d8b" stroke-dasharray="4 3"/>""");
        text.Append(CultureInfo.InvariantCulture, $"""<rect x="{left}" y="{top}" width="{width - left - right}" height="{height - top - bottom}" fill="none" stroke="#90a4ae"/>""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="{width - right - 6}" y="{top + 16}" text-anchor="end" class="quadrant">maintain</text><text x="{width - right - 6}" y="{height - bottom - 8}" text-anchor="end" class="quadrant focus">focus</text>""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="{left + 6}" y="{top + 16}" class="quadrant">promote</text><text x="{left + 6}" y="{height - bottom - 8}" class="quadrant">monitor</text>""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="{(left + width - right) / 2}" y="{height - 10}" text-anchor="middle" class="axis">importance (share of R²) →</text>""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="16" y="{(top + height - bottom) / 2}" text-anchor="middle" class="axis" transform="rotate(-90 16 {(top + height - bottom) / 2})">performance (0-100) →</text>""");
        foreach (var (name, importance, performance) in points)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(X(importance))}" cy="{N(Y(performance))}" r="5" fill="{Blue}"><title>{Esc(name)}: importance {importance * 100:0.0}%, performance {N(performance)}</title></circle><text x="{N(X(importance) + 8)}" y="{N(Y(performance) + 4)}" class="label">{Esc(name)}</text>""");
        }

        text.Append("</svg>");
        return text.ToString();
    }
}
