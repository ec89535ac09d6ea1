using CxOkr.Journeys;
using CxOkr.Okrs;

namespace CxOkr.Measures;

/// <summary>
/// Measures guardrail metrics from responses (docs/scoring.md): the metric over the first
/// <c>windowDays</c> days of the period (its start) and over the trailing <c>windowDays</c> days up to the
/// as-of date (its current value), for <see cref="OkrScorer"/> through <see cref="ScoringEvidence.Guardrails"/>.
/// </summary>
/// <threadsafety>Thread-safe: static and stateless.</threadsafety>
public static class GuardrailMeasurement
{
    /// <summary>The default window, 28 days.</summary>
    public const int DefaultWindowDays = 28;

    /// <summary>Reads one guardrail metric over one period.</summary>
    /// <param name="metric">The guardrail metric; must have a calculation.</param>
    /// <param name="responses">The responses (enumerated once).</param>
    /// <param name="period">The period.</param>
    /// <param name="asOf">The as-of date (counted to the period's end when that is earlier).</param>
    /// <param name="windowDays">The window length in days, at least 1.</param>
    /// <param name="options">Options; null for defaults.</param>
    /// <returns>The reading, or <see langword="null"/> when the as-of date is before the period or a window holds no usable value.</returns>
    /// <exception cref="ArgumentException">The metric has no calculation or <paramref name="windowDays"/> is below 1.</exception>
    /// <exception cref="OutOfRangeValueException">A value is out of range and the policy is reject.</exception>
    public static GuardrailReading? Read(MetricDefinition metric, IEnumerable<Response> responses, OkrPeriod period, DateOnly asOf, int windowDays = DefaultWindowDays, MeasureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(period);
        if (windowDays < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(windowDays), windowDays, "windowDays must be at least 1.");
        }

        var end = asOf < period.End ? asOf : period.End;
        if (end < period.Start)
        {
            return null;
        }

        var firstEnd = period.Start.AddDays(windowDays - 1) < end ? period.Start.AddDays(windowDays - 1) : end;
        var lastStart = end.AddDays(1 - windowDays) > period.Start ? end.AddDays(1 - windowDays) : period.Start;
        IReadOnlyList<MetricResult> results;
        try
        {
            results = ResponseMeasures.Aggregate(metric, responses, Grouping.ByRanges([new DateRange("start", period.Start, firstEnd), new DateRange("current", lastStart, end)]), options);
        }
        catch (InsufficientDataException)
        {
            return null;
        }

        var start = results.FirstOrDefault(static r => r.Group?.Period == "start");
        var current = results.FirstOrDefault(static r => r.Group?.Period == "current");
        return start is null || current is null
            ? null
            : new GuardrailReading(metric.Id, period.Id, start.Value, current.Value, metric.BetterWhen == BetterWhen.Higher);
    }

    /// <summary>Reads every guardrail metric named by a key result of <paramref name="workspace"/> that the workspace defines (with a calculation), once per metric and period.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="responses">The responses.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="windowDays">The window length in days.</param>
    /// <param name="options">Options; null for defaults.</param>
    /// <returns>The readings (metrics the responses do not carry are left out: the scorer then judges them from check-ins).</returns>
    /// <exception cref="OutOfRangeValueException">A value is out of range and the policy is reject.</exception>
    public static IReadOnlyList<GuardrailReading> ForWorkspace(Workspace workspace, IReadOnlyList<Response> responses, DateOnly asOf, int windowDays = DefaultWindowDays, MeasureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(responses);
        var metrics = workspace.Metrics.GroupBy(static m => m.Id).ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);
        var periods = workspace.Periods.GroupBy(static p => p.Id).ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);
        var done = new HashSet<(string, string)>();
        var readings = new List<GuardrailReading>();
        foreach (var objective in workspace.Objectives)
        {
            foreach (var keyResult in objective.KeyResults)
            {
                if (keyResult.GuardrailMetricId is not { } id
                    || !metrics.TryGetValue(id, out var metric) || metric.Calculation is null
                    || !periods.TryGetValue(objective.PeriodId, out var period)
                    || !done.Add((id, period.Id))
                    || !responses.Any(r => r.Values.ContainsKey(id)))
                {
                    continue;
                }

                if (Read(metric, responses, period, asOf, windowDays, options) is { } reading)
                {
                    readings.Add(reading);
                }
            }
        }

        return readings.AsReadOnly();
    }
}
