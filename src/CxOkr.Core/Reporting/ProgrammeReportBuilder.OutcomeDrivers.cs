using CxOkr.Drivers;
using CxOkr.Journeys;

namespace CxOkr.Reporting;

/// <summary>The churn (logit) key-driver section of the programme report.</summary>
public sealed partial class ProgrammeReportBuilder
{
    /// <summary>
    /// Settings of the report's behavioural-outcome (logit) key-driver section (Shapley method, exact limit,
    /// iterations; default as <see cref="Drivers.OutcomeDriverOptions"/>). Its lower-is-better drivers always come
    /// from the metrics' <c>betterWhen</c>, whatever <see cref="OutcomeDriverOptions.LowerIsBetterDrivers"/> says.
    /// Validated when set.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public OutcomeDriverOptions OutcomeDriverOptions
    {
        get;
        init
        {
            Utilities.Guard.NotNull(value);
            value.Validate();
            field = value;
        }
    }

        = new();

    /// <summary>
    /// For every behavioural proportion metric of the workspace that the responses carry (a 0/1 outcome such as
    /// churn) and every journey with a key-driver analysis, the logistic model of the outcome on that journey's
    /// drivers over the journey's responses that carry the outcome. A fit that cannot be made (separation, no
    /// convergence, a single outcome value, a cell that is not 0 or 1, too few rows) is a note, not a section.
    /// </summary>
    private List<JourneyOutcomeDriverAnalysis> AnalyseOutcomeDrivers(Workspace workspace, List<Response> responses, List<JourneyDriverAnalysis> drivers, List<string> notes, CancellationToken cancellationToken)
    {
        var results = new List<JourneyOutcomeDriverAnalysis>();
        var metrics = DistinctMetrics(workspace).ToList();
        var outcomes = metrics
            .Where(m => m.DataKind == DataKind.Behavioral && m.Calculation == Calculation.Proportion && responses.Exists(r => r.Values.ContainsKey(m.Id)))
            .ToList();
        foreach (var outcome in outcomes)
        {
            foreach (var journey in drivers.Select(static d => d.JourneyId).Distinct(StringComparer.Ordinal))
            {
                var rows = responses.Where(r => r.JourneyId == journey && r.Values.ContainsKey(outcome.Id)).ToList();
                if (rows.Count == 0)
                {
                    continue;
                }

                var driverIds = drivers
                    .Where(d => d.JourneyId == journey)
                    .SelectMany(static d => d.Result.Drivers.Select(static x => x.Name))
                    .Where(id => id != outcome.Id)
                    .Distinct(StringComparer.Ordinal)
                    .ToArray();
                var lowerIsBetter = metrics.Where(m => m.BetterWhen == BetterWhen.Lower && driverIds.Contains(m.Id, StringComparer.Ordinal)).Select(static m => m.Id).ToArray();
                try
                {
                    var table = DriverTable.FromResponses(rows, outcome.Id, driverIds, metrics, _measureOptions, leaveOutUnansweredDrivers: true);
                    var analyzer = new OutcomeDriverAnalyzer(OutcomeDriverOptions with { LowerIsBetterDrivers = lowerIsBetter, AllowPartialResult = false });
                    results.Add(new JourneyOutcomeDriverAnalysis(journey, outcome.Id, analyzer.AnalyzeLogistic(table, cancellationToken: cancellationToken)));
                }
                catch (Exception ex) when (ex is CxOkrException or ArgumentException)
                {
                    notes.Add($"Journey '{journey}', behavioural outcome '{outcome.Id}': no churn (logit) key-driver analysis: {ex.Message}");
                }
            }
        }

        return results;
    }
}
