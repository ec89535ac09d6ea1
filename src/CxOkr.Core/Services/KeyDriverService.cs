using CxOkr.Alignment;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Storage;

namespace CxOkr.Services;

/// <summary>
/// Key-driver analysis over the responses a host keeps in its own store: streams the responses of a journey
/// and date range from an <see cref="IResponseStore"/>, builds the table of the outcome, the driver metrics and
/// the survey weight with <see cref="DriverTable.FromResponsesAsync"/> (the rules the programme report and
/// the tool share), and runs an <see cref="IKeyDriverAnalyzer"/>.
/// </summary>
/// <remarks>
/// Only responses that answer the outcome are read. A response that does not answer a driver leaves a
/// missing cell, which the analyzer's listwise deletion drops. A value off its metric's scale (the store's
/// metric definition) is refused or, under <see cref="OutOfRangePolicy.Exclude"/>, left missing. When the caller
/// names no drivers, the drivers are the metrics the store links directly into the outcome
/// (<see cref="IJourneyStore.ListMetricLinksAsync"/>) that at least one of the responses answers, in link order.
/// Fewer than <see cref="DriverTable.MinimumCompleteResponses"/> complete responses is an error.
/// </remarks>
/// <threadsafety>Thread-safe as far as the stores and the analyzer it was given are (the built-in ones are): it holds only them, and each call keeps its state in locals.</threadsafety>
public sealed class KeyDriverService
{
    private readonly IResponseStore _responses;
    private readonly IJourneyStore _journeys;
    private readonly IKeyDriverAnalyzer _analyzer;
    private readonly MeasureOptions _measureOptions;

    /// <summary>Creates the service.</summary>
    /// <param name="responses">The response store.</param>
    /// <param name="journeys">The store of metric links, for drivers the caller does not name.</param>
    /// <param name="analyzer">The analyzer, configured with the key-driver options.</param>
    /// <param name="measureOptions">The out-of-range policy for values off their metric's scale; null for the defaults (reject).</param>
    /// <exception cref="ArgumentNullException">A store or the analyzer is null.</exception>
    public KeyDriverService(IResponseStore responses, IJourneyStore journeys, IKeyDriverAnalyzer analyzer, MeasureOptions? measureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(journeys);
        ArgumentNullException.ThrowIfNull(analyzer);
        _responses = responses;
        _journeys = journeys;
        _analyzer = analyzer;
        _measureOptions = measureOptions ?? MeasureOptions.Default;
    }

    /// <summary>Analyses which drivers move an outcome in the stored responses of a journey.</summary>
    /// <param name="journeyId">The journey whose responses are analysed.</param>
    /// <param name="outcomeMetricId">The outcome metric's id.</param>
    /// <param name="from">The first response date included, or null for no lower bound.</param>
    /// <param name="to">The last response date included, or null for no upper bound.</param>
    /// <param name="drivers">The driver metric ids; null or empty to use the metrics linked into the outcome (see remarks).</param>
    /// <param name="cancellationToken">Cancels the reads and the analysis.</param>
    /// <returns>The analyzer's result; the weight column is named <c>weight</c> (or <c>weight_</c>, ... when a metric has that id).</returns>
    /// <exception cref="ArgumentException">An id is blank, a driver is the outcome or repeats, or no drivers were named and no linked metric appears in the responses.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="DataFormatException">The outcome is constant or fewer than <see cref="DriverTable.MinimumCompleteResponses"/> complete responses remain.</exception>
    /// <exception cref="OutOfRangeValueException">A value is off its metric's scale and the policy is reject.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<KeyDriverResult> AnalyzeAsync(
        string journeyId,
        string outcomeMetricId,
        DateOnly? from = null,
        DateOnly? to = null,
        IReadOnlyList<string>? drivers = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(journeyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(outcomeMetricId);
        StoreRules.CheckRange(from, to);
        var named = drivers is { Count: > 0 };
        if (named)
        {
            // Refuses blank, repeated or outcome drivers before anything is read.
            _ = new KeyDriverSpecification(outcomeMetricId, drivers!);
        }

        var candidates = named ? drivers!.ToList() : await LinkedDriversAsync(outcomeMetricId, cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0)
        {
            throw new ArgumentException($"No drivers were named and no metric is linked into '{outcomeMetricId}'.", nameof(drivers));
        }

        var metrics = new List<MetricDefinition>(candidates.Count + 1);
        foreach (var id in candidates.Prepend(outcomeMetricId))
        {
            if (await _journeys.GetMetricAsync(id, cancellationToken).ConfigureAwait(false) is { } metric)
            {
                metrics.Add(metric);
            }
        }

        var responses = _responses.ListResponsesAsync(journeyId, outcomeMetricId, from, to, cancellationToken);
        var table = await DriverTable.FromResponsesAsync(responses, outcomeMetricId, candidates, metrics, _measureOptions, leaveOutUnansweredDrivers: !named, cancellationToken).ConfigureAwait(false);
        return _analyzer.Analyze(table.Table, table.Specification, cancellationToken: cancellationToken);
    }

    /// <summary>Runs <see cref="AnalyzeAsync"/> and ranks the drivers by their Shapley share of R², as <see cref="AlignmentService"/> takes them.</summary>
    /// <param name="journeyId">The journey whose responses are analysed.</param>
    /// <param name="outcomeMetricId">The outcome metric's id.</param>
    /// <param name="from">The first response date included, or null.</param>
    /// <param name="to">The last response date included, or null.</param>
    /// <param name="drivers">The driver metric ids, or null or empty for the linked metrics.</param>
    /// <param name="cancellationToken">Cancels the reads and the analysis.</param>
    /// <returns>The ranking, most important driver first.</returns>
    /// <exception cref="ArgumentException">As for <see cref="AnalyzeAsync"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="DataFormatException">As for <see cref="AnalyzeAsync"/>.</exception>
    /// <exception cref="OutOfRangeValueException">As for <see cref="AnalyzeAsync"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<KeyDriverRanking> RankAsync(
        string journeyId,
        string outcomeMetricId,
        DateOnly? from = null,
        DateOnly? to = null,
        IReadOnlyList<string>? drivers = null,
        CancellationToken cancellationToken = default)
    {
        var result = await AnalyzeAsync(journeyId, outcomeMetricId, from, to, drivers, cancellationToken).ConfigureAwait(false);
        return KeyDriverRanking.FromResult(outcomeMetricId, result);
    }

    private async Task<List<string>> LinkedDriversAsync(string outcomeMetricId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var link in _journeys.ListMetricLinksAsync(outcomeMetricId, cancellationToken).ConfigureAwait(false))
        {
            if (!ids.Contains(link.From, StringComparer.Ordinal))
            {
                ids.Add(link.From);
            }
        }

        return ids;
    }
}
