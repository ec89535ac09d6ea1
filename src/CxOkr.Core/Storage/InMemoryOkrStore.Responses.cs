using CxOkr.Journeys;

namespace CxOkr.Storage;

public sealed partial class InMemoryOkrStore
{
    private readonly List<Response> _responses = [];
    private readonly HashSet<(string, DateOnly, string?)> _responseKeys = [];

    /// <inheritdoc/>
    public Task AppendResponsesAsync(IEnumerable<Response> responses, CancellationToken cancellationToken = default)
    {
        var batch = StoreRules.CheckResponses(responses);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var response in batch)
            {
                if (_responseKeys.Contains(StoreRules.ResponseKey(response)))
                {
                    throw new DuplicateResponseException(response.RespondentId, response.Date, response.JourneyId);
                }
            }

            foreach (var response in batch)
            {
                _responseKeys.Add(StoreRules.ResponseKey(response));
                _responses.Add(response);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<Response> ListResponsesAsync(string? journeyId = null, string? metricId = null, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        StoreRules.CheckResponseQuery(journeyId, metricId, from, to);

        // A stable sort keeps responses of the same date in the order appended.
        return Stream<Response>(
            () => [.. _responses.Where(r =>
                (journeyId is null || string.Equals(r.JourneyId, journeyId, StringComparison.Ordinal))
                && (metricId is null || r.Values.ContainsKey(metricId))
                && (from is null || r.Date >= from)
                && (to is null || r.Date <= to)).OrderBy(static r => r.Date)],
            cancellationToken);
    }
}
