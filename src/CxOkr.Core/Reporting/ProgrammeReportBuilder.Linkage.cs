using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Linkage;
using CxOkr.Measures;

namespace CxOkr.Reporting;

/// <summary>The tier-linkage section of the programme report.</summary>
public sealed partial class ProgrammeReportBuilder
{
    /// <summary>
    /// Settings of the report's tier-linkage section (bootstrap, confidence; default: no bootstrap). Its weight is
    /// always the responses' weight, whatever <see cref="LinkageOptions.Weight"/> says. Validated when set.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public LinkageOptions LinkageOptions
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
    /// Linkage into each default target (relationship metrics with incoming links the responses answer); a
    /// target that cannot be estimated is noted, and then the journey metrics linked into it are tried instead.
    /// </summary>
    private List<LinkageResult> AnalyseLinkage(Workspace workspace, List<Response> responses, List<string> notes, CancellationToken cancellationToken)
    {
        var results = new List<LinkageResult>();
        if (responses.Count == 0)
        {
            return results;
        }

        var metrics = DistinctMetrics(workspace).ToList();
        ColumnTable table;
        string weight;
        try
        {
            (table, weight) = LinkageTable(metrics, responses, _measureOptions);
        }
        catch (OutOfRangeValueException ex)
        {
            notes.Add($"Tier linkage: not estimated: {ex.Message}");
            return results;
        }

        var analyzer = new LinkageAnalyzer(LinkageOptions with { Weight = weight });
        foreach (var target in LinkageAnalyzer.DefaultTargets(metrics, workspace.MetricLinks, table))
        {
            if (TryLinkage(analyzer, metrics, workspace, table, target, notes, cancellationToken) is { } result)
            {
                results.Add(result);
                continue;
            }

            var journeys = workspace.MetricLinks
                .Where(l => l.To == target && table.Contains(l.From) && metrics.Any(m => m.Id == l.From && m.Tier == MetricTier.Journey))
                .Select(static l => l.From)
                .Distinct(StringComparer.Ordinal);
            foreach (var journey in journeys)
            {
                if (TryLinkage(analyzer, metrics, workspace, table, journey, notes, cancellationToken) is { } part)
                {
                    results.Add(part);
                }
            }
        }

        return results;
    }

    private static LinkageResult? TryLinkage(LinkageAnalyzer analyzer, List<MetricDefinition> metrics, Workspace workspace, ColumnTable table, string target, List<string> notes, CancellationToken cancellationToken)
    {
        try
        {
            return analyzer.Analyze(metrics, workspace.MetricLinks, table, target, cancellationToken);
        }
        catch (CxOkrException ex)
        {
            notes.Add($"Tier linkage into '{target}': not estimated: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// One column per workspace metric the responses answer (missing where a response does not), and the
    /// response weight (named as <see cref="DriverTable"/> names it); a value off its metric's scale is refused
    /// or left missing by the measure options' out-of-range policy, as everywhere else.
    /// </summary>
    private static (ColumnTable Table, string Weight) LinkageTable(List<MetricDefinition> metrics, List<Response> responses, MeasureOptions measureOptions)
    {
        var answered = metrics.Where(m => responses.Any(r => r.Values.ContainsKey(m.Id))).ToList();
        var columns = answered.Select(_ => new double[responses.Count]).ToArray();
        var weights = new double[responses.Count];
        for (var r = 0; r < responses.Count; r++)
        {
            var response = responses[r];
            weights[r] = response.Weight;
            for (var c = 0; c < answered.Count; c++)
            {
                var value = double.NaN;
                if (response.Values.TryGetValue(answered[c].Id, out var answer))
                {
                    value = answer;
                    if (ResponseMeasures.ExpectedValue(answered[c], answer) is { } expected)
                    {
                        value = measureOptions.OutOfRange == OutOfRangePolicy.Reject
                            ? throw new OutOfRangeValueException(answered[c].Id, response.RespondentId, answer, expected)
                            : double.NaN;
                    }
                }

                columns[c][r] = value;
            }
        }

        var ids = answered.Select(static m => m.Id).ToList();
        var weight = DriverTable.WeightName(string.Empty, ids);
        return (ColumnTable.FromColumns([.. ids, weight], [.. columns, weights]), weight);
    }
}
