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
/// (drivers are the metrics linked into the outcome that the responses carry; the table is built by
/// <see cref="DriverTable.FromResponses"/>, so scales, the out-of-range policy, the weight column and the
/// minimum of <see cref="DriverTable.MinimumCompleteResponses"/> complete responses apply as in
/// <c>KeyDriverService</c>), alignment findings judged against those drivers, and monthly CX metric trends
/// with intervals. An outcome whose drivers cannot be analysed is noted, not analysed.
/// </summary>
/// <threadsafety>Thread-safe when the scorer, checker, analyzer and bootstrapper it was given are (the built-in ones are): it holds only them and its options, and each build keeps its state in locals.</threadsafety>
public sealed partial class ProgrammeReportBuilder
{
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
        if (used.Count > 0 && used.TrueForAll(static r => r.JourneyId is null) && workspace.Journeys.Count > 0)
        {
            // Trends and drivers are per journey: without a journey on any response there would silently be none.
            notes.Add($"No response names a journey (is the responses file missing its 'journey' column?), so there are no journey trends or key-driver analyses for the {used.Count} responses.");
        }

        var (objectives, periods) = Scorable(workspace, notes);
        var drivers = AnalyseDrivers(workspace, used, notes, cancellationToken);
        var rankings = drivers.Select(static d => KeyDriverRanking.FromResult(d.OutcomeMetricId, d.Result)).ToList();
        var evidence = new ScoringEvidence
        {
            Guardrails = Guardrails(workspace, used, asOf, notes),
            DriverImportances = [.. rankings.Select(static r => new DriverImportance(r.OutcomeMetricId, r.Drivers))],
        };
        var scorecard = _scorer.Score(objectives, periods, asOf, evidence);
        var graph = CascadeGraph.From(workspace, rankings, LastPeriodResults(workspace, used));
        var alignment = _checker.Check(graph);
        var trends = Trends(workspace, used, notes);
        var changes = WhatChanged(trends, used);
        var dissatisfiers = Dissatisfiers(workspace, used, drivers, notes);
        var linkage = AnalyseLinkage(workspace, used, notes, cancellationToken);
        var (outcomeDrivers, topics) = (AnalyseOutcomeDrivers(workspace, used, drivers, notes, cancellationToken), AnalyseTopics(workspace, used, notes));
        return new ProgrammeReport(asOf, workspace, scorecard, alignment, trends, drivers, notes) { Changes = changes, Dissatisfiers = dissatisfiers, Linkage = linkage, OutcomeDrivers = outcomeDrivers, Topics = topics };
    }

    /// <summary>Guardrail metrics measured from the responses; a metric whose values are out of range (reject policy) is left to the check-ins, with a note.</summary>
    private IReadOnlyList<GuardrailReading> Guardrails(Workspace workspace, List<Response> responses, DateOnly asOf, List<string> notes)
    {
        try
        {
            return GuardrailMeasurement.ForWorkspace(workspace, responses, asOf, options: _measureOptions);
        }
        catch (OutOfRangeValueException e)
        {
            notes.Add($"Guardrails are judged from check-ins only: {e.Message}");
            return [];
        }
    }

    /// <summary>
    /// The periods and objectives the scorer can take: a workspace read leniently may repeat a period or an
    /// objective id, or name a period it does not define (the alignment findings report each); those are
    /// left out of the scores with a note instead of failing the whole report.
    /// </summary>
    private static (List<Objective> Objectives, List<OkrPeriod> Periods) Scorable(Workspace workspace, List<string> notes)
    {
        var periods = new List<OkrPeriod>();
        var periodIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var period in workspace.Periods)
        {
            if (periodIds.Add(period.Id))
            {
                periods.Add(period);
            }
            else
            {
                notes.Add($"Period '{period.Id}' is defined more than once; only the first is used for scores.");
            }
        }

        var objectives = new List<Objective>();
        var objectiveIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var objective in workspace.Objectives)
        {
            if (!periodIds.Contains(objective.PeriodId))
            {
                notes.Add($"Objective '{objective.Id}' names period '{objective.PeriodId}', which the workspace does not define, so it is not scored.");
            }
            else if (!objectiveIds.Add(objective.Id))
            {
                notes.Add($"Objective id '{objective.Id}' is used more than once; only the first is scored.");
            }
            else
            {
                objectives.Add(objective);
            }
        }

        return (objectives, periods);
    }

    /// <summary>The workspace's metrics, the first of each id (a lenient read keeps repeats, which alignment reports).</summary>
    private static IEnumerable<MetricDefinition> DistinctMetrics(Workspace workspace) =>
        workspace.Metrics.DistinctBy(static m => m.Id, StringComparer.Ordinal);

    private List<JourneyDriverAnalysis> AnalyseDrivers(Workspace workspace, List<Response> responses, List<string> notes, CancellationToken cancellationToken)
    {
        var analyses = new List<JourneyDriverAnalysis>();
        foreach (var journey in workspace.Journeys)
        {
            var rows = responses.Where(r => r.JourneyId == journey.Id).ToList();
            foreach (var outcome in journey.Outcomes)
            {
                // Only responses that answer the outcome count, for the table and for which linked drivers
                // appear at all: the rule KeyDriverService follows (DriverTable's leaveOutUnansweredDrivers).
                var answering = rows.Where(r => r.Values.ContainsKey(outcome.MetricId)).ToList();
                if (answering.Count == 0)
                {
                    continue;
                }

                var driverIds = workspace.MetricLinks
                    .Where(l => l.To == outcome.MetricId && answering.Any(r => r.Values.ContainsKey(l.From)))
                    .Select(static l => l.From)
                    .Distinct(StringComparer.Ordinal)
                    .ToArray();
                if (driverIds.Length < 2)
                {
                    notes.Add($"Journey '{journey.Id}', outcome '{outcome.MetricId}': fewer than two linked driver metrics appear in the responses, so no key-driver analysis.");
                    continue;
                }

                try
                {
                    var table = DriverTable.FromResponses(answering, outcome.MetricId, driverIds, DistinctMetrics(workspace), _measureOptions, leaveOutUnansweredDrivers: true);
                    var result = AnalyzerFor(workspace, driverIds).Analyze(table.Table, table.Specification, cancellationToken: cancellationToken);
                    var bootstrap = _bootstrapper?.Run(table.Table, table.Specification, cancellationToken: cancellationToken);
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
    /// The analyzer for one outcome: the built-in one learns which drivers are better when lower (<c>betterWhen</c>
    /// lower in the workspace), so that their performance in the priority matrix is reversed; a host's own
    /// analyzer is used as given.
    /// </summary>
    private IKeyDriverAnalyzer AnalyzerFor(Workspace workspace, string[] driverIds)
    {
        var lower = DistinctMetrics(workspace)
            .Where(m => m.BetterWhen == BetterWhen.Lower && driverIds.Contains(m.Id, StringComparer.Ordinal))
            .Select(static m => m.Id)
            .ToArray();
        return lower.Length > 0 && _analyzer is KeyDriverAnalyzer builtIn
            ? new KeyDriverAnalyzer(builtIn.Options with { LowerIsBetterDrivers = lower })
            : _analyzer;
    }

    private List<MetricTrend> Trends(Workspace workspace, List<Response> responses, List<string> notes)
    {
        var trends = new List<MetricTrend>();
        var metrics = DistinctMetrics(workspace).ToDictionary(static m => m.Id, StringComparer.Ordinal);
        foreach (var metric in DistinctMetrics(workspace).Where(static m => m.Tier == MetricTier.Relationship))
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
