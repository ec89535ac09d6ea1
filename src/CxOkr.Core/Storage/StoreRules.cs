using CxOkr.Journeys;
using CxOkr.Okrs;

namespace CxOkr.Storage;

/// <summary>
/// The argument checks every store makes, in one place so that adapters written by hosts refuse the same
/// inputs with the same errors as the stores shipped with the library.
/// </summary>
/// <threadsafety>Thread-safe: static and stateless; adapters call it from any thread.</threadsafety>
public static class StoreRules
{
    /// <summary>Checks an objective and expected version handed to <see cref="IObjectiveStore.UpsertAsync"/>.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="expectedVersion">The expected version.</param>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative.</exception>
    /// <exception cref="ArgumentException">A key result carries check-ins.</exception>
    public static void CheckUpsert(Objective objective, long expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (expectedVersion < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedVersion), expectedVersion, "expectedVersion must be 0 (create) or the version last read.");
        }

        foreach (var kr in objective.KeyResults)
        {
            if (kr.CheckIns.Count > 0)
            {
                throw new ArgumentException(
                    $"Objective '{objective.Id}': key result '{kr.Id}' carries {kr.CheckIns.Count} check-in(s); store objectives without check-ins and append check-ins through ICheckInStore.",
                    nameof(objective));
            }
        }
    }

    /// <summary>Checks that a check-in's value fits its key result's kind (0 or 1 for a milestone).</summary>
    /// <param name="keyResultId">The key result's id, for the message.</param>
    /// <param name="kind">The key result's kind.</param>
    /// <param name="value">The check-in's value.</param>
    /// <exception cref="ArgumentException">The value does not fit.</exception>
    public static void CheckValueFits(string keyResultId, KeyResultKind kind, double value)
    {
        if (KeyResultRules.CheckInValue(kind, value) is { } problem)
        {
            throw new ArgumentException($"Key result '{keyResultId}': the check-in value {problem}", "checkIn");
        }
    }

    /// <summary>Checks the bounds of a date range (both ends inclusive; either may be open).</summary>
    /// <param name="from">The first date, or null.</param>
    /// <param name="to">The last date, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static void CheckRange(DateOnly? from, DateOnly? to)
    {
        if (from is { } f && to is { } t && t < f)
        {
            throw new ArgumentOutOfRangeException(nameof(to), t, $"The range ends ({t:yyyy-MM-dd}) before it starts ({f:yyyy-MM-dd}).");
        }
    }

    /// <summary>Checks the expected version handed to <see cref="IObjectiveStore.DeleteAsync"/>.</summary>
    /// <param name="expectedVersion">The expected version, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is below 1.</exception>
    public static void CheckDeleteVersion(long? expectedVersion)
    {
        if (expectedVersion is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedVersion), expectedVersion, "expectedVersion must be null or a stored version (at least 1).");
        }
    }

    /// <summary>Checks a batch handed to <see cref="IResponseStore.AppendResponsesAsync"/>: no null element, no identity (respondent id, date, journey) twice.</summary>
    /// <param name="responses">The batch.</param>
    /// <returns>The batch as a list, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> or an element is null.</exception>
    /// <exception cref="DuplicateResponseException">Two responses of the batch share respondent id, date and journey.</exception>
    public static IReadOnlyList<Response> CheckResponses(IEnumerable<Response> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var batch = responses.ToArray();
        var seen = new HashSet<(string, DateOnly, string?)>();
        for (var i = 0; i < batch.Length; i++)
        {
            var response = batch[i] ?? throw new ArgumentNullException(nameof(responses), $"responses[{i}] is null.");
            if (!seen.Add(ResponseKey(response)))
            {
                throw new DuplicateResponseException(response.RespondentId, response.Date, response.JourneyId);
            }
        }

        return batch;
    }

    /// <summary>Checks a batch of check-ins before a store writes any of it: no element may be null.</summary>
    /// <param name="checkIns">The batch.</param>
    /// <returns>The batch as an array, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="checkIns"/> or an element is null (the message names its index).</exception>
    public static KeyResultCheckIn[] CheckCheckIns(IEnumerable<KeyResultCheckIn> checkIns)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        var batch = checkIns.ToArray();
        if (Array.IndexOf(batch, null) is var i and >= 0)
        {
            throw new ArgumentNullException(nameof(checkIns), $"checkIns[{i}] is null.");
        }

        return batch;
    }

    /// <summary>The identity of a response in a store: respondent id, date and journey (null when none).</summary>
    /// <param name="response">The response.</param>
    /// <returns>The identity, compared ordinally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    public static (string RespondentId, DateOnly Date, string? JourneyId) ResponseKey(Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return (response.RespondentId, response.Date, response.JourneyId);
    }

    /// <summary>Checks the filters handed to <see cref="IResponseStore.ListResponsesAsync"/>.</summary>
    /// <param name="journeyId">The journey filter, or null.</param>
    /// <param name="metricId">The metric filter, or null.</param>
    /// <param name="from">The first date, or null.</param>
    /// <param name="to">The last date, or null.</param>
    /// <exception cref="ArgumentException">A filter is blank but not null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static void CheckResponseQuery(string? journeyId, string? metricId, DateOnly? from, DateOnly? to)
    {
        if (journeyId is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(journeyId);
        }

        if (metricId is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(metricId);
        }

        CheckRange(from, to);
    }

    /// <summary>
    /// Checks that the links a store would hold after a write are valid against the metrics it would hold:
    /// ends known, no link down a tier, no cycle (see <see cref="MetricLinkValidator"/>).
    /// </summary>
    /// <param name="metrics">Every metric the store would hold.</param>
    /// <param name="links">Every link the store would hold.</param>
    /// <exception cref="ArgumentException">A link is invalid; the message lists every finding.</exception>
    public static void CheckMetricLinks(IEnumerable<MetricDefinition> metrics, IEnumerable<MetricLink> links) =>
        MetricLinkValidator.EnsureValid(metrics, links);

    /// <summary>Returns <paramref name="links"/> with <paramref name="link"/> in place of the link with the same ends, or added at the end.</summary>
    /// <param name="links">The stored links.</param>
    /// <param name="link">The link being written.</param>
    /// <returns>A new list.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<MetricLink> WithLink(IEnumerable<MetricLink> links, MetricLink link)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(link);
        var result = new List<MetricLink>();
        var replaced = false;
        foreach (var existing in links)
        {
            if (string.Equals(existing.From, link.From, StringComparison.Ordinal) && string.Equals(existing.To, link.To, StringComparison.Ordinal))
            {
                result.Add(link);
                replaced = true;
            }
            else
            {
                result.Add(existing);
            }
        }

        if (!replaced)
        {
            result.Add(link);
        }

        return result;
    }

    /// <summary>Returns <paramref name="metrics"/> with <paramref name="metric"/> in place of the metric with the same id, or added at the end.</summary>
    /// <param name="metrics">The stored metrics.</param>
    /// <param name="metric">The metric being written.</param>
    /// <returns>A new list.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<MetricDefinition> WithMetric(IEnumerable<MetricDefinition> metrics, MetricDefinition metric)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(metric);
        var result = metrics.Where(m => !string.Equals(m.Id, metric.Id, StringComparison.Ordinal)).ToList();
        result.Add(metric);
        return result;
    }
}
