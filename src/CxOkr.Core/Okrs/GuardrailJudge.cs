using CxOkr.Utilities;

namespace CxOkr.Okrs;

/// <summary>
/// Judges the guardrails of one scorecard: a reading from responses (<see cref="ScoringEvidence.Guardrails"/>)
/// when there is one for the metric and period, else the first key result of the same period that measures the
/// metric and has a check-in (start: its baseline, or its first check-in for a threshold; current: its latest).
/// </summary>
internal sealed class GuardrailJudge
{
    private readonly Dictionary<(string Metric, string Period), GuardrailReading> _readings = [];
    private readonly Dictionary<(string Metric, string Period), KeyResult> _measured = [];
    private readonly DateOnly _asOf;

    public GuardrailJudge(ScoringPlan plan, ScoringEvidence? evidence, DateOnly asOf)
    {
        _asOf = asOf;
        foreach (var reading in evidence?.Guardrails ?? [])
        {
            _readings.TryAdd((reading.MetricId, reading.PeriodId), reading);
        }

        for (var i = 0; i < plan.Objectives.Length; i++)
        {
            foreach (var keyResult in plan.Objectives[i].KeyResultArray)
            {
                if (keyResult.MetricId is { } metric && keyResult.Kind != KeyResultKind.Milestone && keyResult.LatestOnOrBefore(asOf) is not null)
                {
                    _measured.TryAdd((metric, plan.Periods[i].Id), keyResult);
                }
            }
        }
    }

    public GuardrailCheck? Judge(KeyResult keyResult, OkrPeriod period)
    {
        if (keyResult.GuardrailMetricId is not { } metric)
        {
            return null;
        }

        var margin = keyResult.GuardrailMargin;
        double start, current;
        bool higherIsBetter;
        string source;
        if (_readings.TryGetValue((metric, period.Id), out var reading))
        {
            (start, current, higherIsBetter, source) = (reading.Start, reading.Current, reading.HigherIsBetter, "responses");
        }
        else if (_measured.TryGetValue((metric, period.Id), out var measured))
        {
            var latest = measured.LatestOnOrBefore(_asOf)!;
            start = measured.Baseline ?? measured.CheckInArray[0].Value;
            current = latest.Value;
            higherIsBetter = measured.Kind is KeyResultKind.Increase or KeyResultKind.AtLeast;
            source = "checkIns";
        }
        else
        {
            return new GuardrailCheck(metric, margin, null, null, null, null);
        }

        // Breached: worse than the start by more than the margin (a move of exactly the margin, up to rounding, is not).
        var breached = higherIsBetter ? !Boundary.AtLeast(current, start - margin) : !Boundary.AtMost(current, start + margin);
        return new GuardrailCheck(metric, margin, start, current, breached, source);
    }
}
