using CxOkr.Journeys;

namespace CxOkr.Storage;

/// <summary>
/// Keeps survey responses, append-only. A response is identified by its respondent id, date and journey
/// (no journey counts as one value): a store holds at most one response per identity.
/// </summary>
/// <threadsafety>Implementations must be safe to call from several threads at once (AddCxOkr registers stores as singletons); the in-memory and SQLite stores are.</threadsafety>
public interface IResponseStore
{
    /// <summary>Appends a batch of responses atomically: either all are stored, in the order given, or none.</summary>
    /// <param name="responses">The responses; may be empty.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled write changes nothing.</param>
    /// <returns>A task that completes when the batch is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> or one of its elements is null; nothing was stored.</exception>
    /// <exception cref="DuplicateResponseException">Two responses of the batch, or one of the batch and a stored one, share respondent id, date and journey; nothing was stored.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task AppendResponsesAsync(IEnumerable<Response> responses, CancellationToken cancellationToken = default);

    /// <summary>Streams the responses of a journey that answer a metric, dated from <paramref name="from"/> to <paramref name="to"/>, both ends included.</summary>
    /// <param name="journeyId">Only responses about this journey; <see langword="null"/> for every response, with or without a journey.</param>
    /// <param name="metricId">Only responses with a value for this metric; <see langword="null"/> for every response. Matching responses come whole, with all their values.</param>
    /// <param name="from">The first date included, or <see langword="null"/> for no lower bound.</param>
    /// <param name="to">The last date included, or <see langword="null"/> for no upper bound.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The responses by date, then in the order appended.</returns>
    /// <exception cref="ArgumentException"><paramref name="journeyId"/> or <paramref name="metricId"/> is blank (but not null).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IAsyncEnumerable<Response> ListResponsesAsync(string? journeyId = null, string? metricId = null, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default);
}
