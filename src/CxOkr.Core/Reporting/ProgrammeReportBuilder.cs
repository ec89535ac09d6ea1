using CxOkr.Alignment;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Okrs;
using CxOkr.Utilities;

namespace CxOkr.Reporting;

/// <summary>
/// Runs everything on a workspace and its responses: OKR scores, key drivers of each journey outcome
/// (drivers are the metrics linked into the outcome that the responses carry), alignment findings judged
/// against those drivers, and monthly CX metric trends with intervals.
/// </summary>
/// <threadsafety>Thread-safe when the scorer, checker, analyzer and bootstrapper it was given are (the built-in ones are): it holds only them and its options, and each build keeps its state in locals.</threadsafety>
public sealed class ProgrammeReportBuilder
{
    /// <summary>Fewest complete responses for a driver analysis (below it the journey is noted, not analysed).</summary>
    public const int MinimumDriverResponses = 30;

    private readonly IOkrScorer _scorer;
    private readonly IAlignmentChecker _checker;
    private readonly IKeyDriverAnalyzer _analyzer;
    private readonly MeasureOptions _measureOptions;
    private readonly KeyDriverBootstrapper? _bootstrapper;

    /// <summary>Creates a builder from its parts (defaults when null).</summary>
    /// <param name="scorer">Scores objectives.</param>
    /// <param name="checker">Checks alignment.</param>
    /// <param name="analyzer">Computes key-driver statistics.</param>
    /// <param name="measureOptions">Confidence level and minimum effective n for metrics.</param>
    /// <param name="bootstrapper">Bootstrap intervals for the driver analyses, or <see langword="null"/> for none.</param>
    public ProgrammeReportBuilder(IOkrScorer? scorer = null, IAlignmentChecker? checker = null, IKeyDriverAnalyzer? analyzer = null, MeasureOptions? measureOptions = null, KeyDriverBootstrapper? bootstrapper = null)
    {
        _bootstrapper = bootstrapper;
        _scorer = scorer ?? new OkrScorer();
        _checker = checker ?? new AlignmentChecker();
        _analyzer = analyzer ?? new KeyDriverAnalyzer();
        _measureOptions = measureOptions ?? MeasureOptions.Default;
    }

    /// <summary>Builds the report.</summary>
    /// <param name="workspace">The workspace (read strictly or leniently).</param>
    /// <param name="responses">Survey responses; those after <paramref name="asOf"/> are ignored.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="cancellationToken">Stops long driver analyses.</param>
    /// <returns>The report.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ProgrammeReport Build(Workspace workspace, IReadOnlyList<Response> responses, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(workspace);
        Guard.NotNull(responses);
        var notes = new List<string>();
        var used = responses.Where(r => r.Date <= asOf).ToList();
        var scorecard = _scorer.Score(workspace.Objectives, workspace.Periods, asOf);
        var drivers = AnalyseDrivers(workspace, used, notes, cancellationToken);
        var rankings = drivers.Select(static d => new KeyDriverRanking(d.OutcomeMetricId, d.Result.Drivers.Select(static x => new KeyValuePair<string, double>(x.Name, x.ShapleyShare)))).ToList();
        var graph = CascadeGraph.From(workspace, rankings);
        var alignment = _checker.Check(graph);
        var trends = Trends(workspace, used, notes);
        return new ProgrammeReport(asOf, workspace, scorecard, alignment, trends, drivers, notes);
    }

    private List<JourneyDriverAnalysis> AnalyseDrivers(Workspace workspace, List<Response> responses, List<string> notes, CancellationToken cancellationToken)
    {
        var analyses = new List<JourneyDriverAnalysis>();
        var metrics = workspace.Metrics.ToDictionary(static m => m.Id, StringComparer.Ordinal);
        foreach (var journey in workspace.Journeys)
        {
            var rows = responses.Where(r => r.JourneyId == journey.Id).ToList();
            foreach (var outcome in journey.Outcomes)
            {
                if (!rows.Any(r => r.Values.ContainsKey(outcome.MetricId)))
                {
                    continue;
                }

                var driverIds = workspace.MetricLinks
                    .Where(l => l.To == outcome.MetricId && rows.Any(r => r.Values.ContainsKey(l.From)))
                    .Select(static l => l.From)
                    .Distinct(StringComparer.Ordinal)
                    .ToArray();
                if (driverIds.Length < 2)
                {
                    notes.Add($"Journey '{journey.Id}', outcome '{outcome.MetricId}': fewer than two linked driver metrics appear in the responses, so no key-driver analysis.");
                    continue;
                }

                var names = new List<string> { outcome.MetricId };
                names.AddRange(driverIds);
                names.Add("weight");
                try
                {
                    var table = DriverTable(names, rows, metrics);
                    var specification = new KeyDriverSpecification(outcome.MetricId, driverIds, "weight");
                    var result = _analyzer.Analyze(table, specification, cancellationToken: cancellationToken);
                    if (result.NUsed < MinimumDriverResponses)
                    {
                        notes.Add($"Journey '{journey.Id}', outcome '{outcome.MetricId}': only {result.NUsed} complete responses (fewer than {MinimumDriverResponses}), so no key-driver analysis.");
                        continue;
                    }

                    var bootstrap = _bootstrapper?.Run(table, specification, cancellationToken: cancellationToken);
                    analyses.Add(new JourneyDriverAnalysis(journey.Id, outcome.MetricId, result, bootstrap));
                }
                catch (Exception ex) when (ex is DataFormatException or OutOfRangeValueException)
                {
                    notes.Add($"Journey '{journey.Id}', outcome '{outcome.MetricId}': no key-driver analysis: {ex.Message}");
                }
            }
        }

        return analyses;
    }

    /// <summary>
    /// The outcome, driver and weight columns of a driver analysis. A value off its metric's scale is
    /// refused (<see cref="OutOfRangeValueException"/>) or, under <see cref="OutOfRangePolicy.Exclude"/>,
    /// left missing, exactly as the metric trends treat it.
    /// </summary>
    private ColumnTable DriverTable(List<string> names, List<Response> rows, Dictionary<string, MetricDefinition> metrics)
    {
        var columns = names.Select(_ => new double[rows.Count]).ToArray();
        for (var c = 0; c < names.Count - 1; c++)
        {
            metrics.TryGetValue(names[c], out var metric);
            for (var i = 0; i < rows.Count; i++)
            {
                var value = rows[i].Values.TryGetValue(names[c], out var v) ? v : double.NaN;
                if (metric is not null && !double.IsNaN(value) && ResponseMeasures.ExpectedValue(metric, value) is { } expected)
                {
                    if (_measureOptions.OutOfRange == OutOfRangePolicy.Reject)
                    {
                        throw new OutOfRangeValueException(metric.Id, rows[i].RespondentId, value, expected);
                    }

                    value = double.NaN;
                }

                columns[c][i] = value;
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            columns[^1][i] = rows[i].Weight;
        }

        return ColumnTable.FromColumns(names, columns);
    }

    private List<MetricTrend> Trends(Workspace workspace, List<Response> responses, List<string> notes)
    {
        var trends = new List<MetricTrend>();
        var metrics = workspace.Metrics.ToDictionary(static m => m.Id, StringComparer.Ordinal);
        foreach (var metric in workspace.Metrics.Where(static m => m.Tier == MetricTier.Relationship))
        {
            AddTrend(metric, null, responses);
        }

        foreach (var journey in workspace.Journeys)
        {
            foreach (var outcome in journey.Outcomes)
            {
                if (metrics.TryGetValue(outcome.MetricId, out var metric))
                {
                    AddTrend(metric, journey.Id, responses.Where(r => r.JourneyId == journey.Id));
                }
            }
        }

        return trends;

        void AddTrend(MetricDefinition metric, string? journeyId, IEnumerable<Response> source)
        {
            if (metric.Calculation is null)
            {
                return;
            }

            var rows = source.Where(r => r.Values.ContainsKey(metric.Id)).ToList();
            if (rows.Count == 0)
            {
                return;
            }

            try
            {
                // Through ResponseMeasures, so the metric's scale and the out-of-range policy apply as they do everywhere else.
                var overall = ResponseMeasures.Measure(metric, rows, _measureOptions);
                var months = ResponseMeasures.Aggregate(metric, rows, Grouping.ByPeriod(TimeBucket.Month), _measureOptions)
                    .Select(static m => new MetricTrendPoint(m.Group!.Period!, m.Group.PeriodStart!.Value, m))
                    .ToList();
                trends.Add(new MetricTrend(metric, journeyId, overall, months));
            }
            catch (Exception ex) when (ex is CxOkrException or ArgumentException)
            {
                notes.Add($"Metric '{metric.Id}'{(journeyId is null ? string.Empty : $" in journey '{journeyId}'")}: {ex.Message}");
            }
        }
    }
}
