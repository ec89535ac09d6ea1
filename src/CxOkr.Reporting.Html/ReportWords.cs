using CxOkr.Okrs;

namespace CxOkr.Reporting.Html;

/// <summary>The report's words for people: one status vocabulary in plain words, shared by the HTML page and the tool's terminal summary.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class ReportWords
{
    /// <summary>A status in plain words: "Achieved", "On track", "At risk", "Off track", or "Not scored" for none.</summary>
    /// <param name="status">The status, or <see langword="null"/> when there is no score.</param>
    /// <returns>The words.</returns>
    public static string Status(OkrStatus? status) => status switch
    {
        OkrStatus.Achieved => "Achieved",
        OkrStatus.OnTrack => "On track",
        OkrStatus.AtRisk => "At risk",
        OkrStatus.OffTrack => "Off track",
        null => "Not scored",
        _ => status.Value.ToString(),
    };

    /// <summary>A grade in plain words: "green", "yellow", "red", or "no grade".</summary>
    /// <param name="grade">The grade, or <see langword="null"/>.</param>
    /// <returns>The words.</returns>
    public static string Grade(Grade? grade) => grade switch
    {
        Okrs.Grade.Green => "green",
        Okrs.Grade.Yellow => "yellow",
        Okrs.Grade.Red => "red",
        null => "no grade",
        _ => grade.Value.ToString().ToLowerInvariant(),
    };

    /// <summary>A score in [0, 1] as a whole percentage, e.g. "45%".</summary>
    /// <param name="score">The score.</param>
    /// <returns>The words.</returns>
    public static string Percent(double score) => (score * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// A metric value rounded for reading (no decimals from 100, one from 10, else two, trailing zeros dropped) with
    /// its unit: "%" joined, any other unit after a space.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The metric's unit, or <see langword="null"/>.</param>
    /// <returns>The words, e.g. "16%", "312 s", "24.5".</returns>
    public static string Value(double value, string? unit)
    {
        var magnitude = Math.Abs(value);
        var format = magnitude >= 100 ? "0" : magnitude >= 10 ? "0.#" : "0.##";
        var text = value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
        if (text == "-0")
        {
            text = "0";
        }

        return string.IsNullOrWhiteSpace(unit) ? text : unit == "%" ? text + "%" : $"{text} {unit}";
    }
}
