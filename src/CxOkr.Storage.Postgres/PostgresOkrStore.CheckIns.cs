using CxOkr.Okrs;

namespace CxOkr.Storage.Postgres;

public sealed partial class PostgresOkrStore
{
    /// <inheritdoc/>
    public Task AppendAsync(string keyResultId, CheckIn checkIn, CancellationToken cancellationToken = default) =>
        AppendBatchAsync([new KeyResultCheckIn(keyResultId, checkIn)], cancellationToken);

    /// <inheritdoc/>
    public Task AppendBatchAsync(IEnumerable<KeyResultCheckIn> checkIns, CancellationToken cancellationToken = default)
    {
        var batch = StoreRules.CheckCheckIns(checkIns);

        if (batch.Length == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        }

        return WriteAsync(
            async (connection, transaction) =>
            {
                // The key results' kinds, share-locked (in id order) so that no update changes a kind or drops a key result meanwhile.
                var kinds = new Dictionary<string, KeyResultKind>(StringComparer.Ordinal);
                var ids = batch.Select(static c => c.KeyResultId).Distinct(StringComparer.Ordinal).ToArray();
                await using (var lookup = Command(connection, transaction, $"SELECT id, kind FROM {_s}.cxokr_key_results WHERE id = ANY(@ids) ORDER BY id FOR SHARE;", ("ids", ids)))
                await using (var reader = await lookup.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        kinds[reader.GetString(0)] = Enum.Parse<KeyResultKind>(reader.GetString(1));
                    }
                }

                foreach (var item in batch)
                {
                    if (!kinds.TryGetValue(item.KeyResultId, out var kind))
                    {
                        throw new UnknownKeyResultException(item.KeyResultId);
                    }

                    StoreRules.CheckValueFits(item.KeyResultId, kind, item.CheckIn.Value);
                }

                // One statement for the batch; rows are numbered in the order given, so the listing keeps it.
                await using var insert = Command(
                    connection,
                    transaction,
                    $"""
                    INSERT INTO {_s}.cxokr_check_ins (key_result_id, date, value, confidence, note)
                    SELECT t.kr, t.date, t.value, t.confidence, t.note
                    FROM unnest(@kr::text[], @date::date[], @value::float8[], @confidence::float8[], @note::text[]) WITH ORDINALITY AS t (kr, date, value, confidence, note, n)
                    ORDER BY t.n;
                    """,
                    ("kr", batch.Select(static c => c.KeyResultId).ToArray()),
                    ("date", batch.Select(static c => c.CheckIn.Date).ToArray()),
                    ("value", batch.Select(static c => c.CheckIn.Value).ToArray()),
                    ("confidence", batch.Select(static c => c.CheckIn.Confidence).ToArray()),
                    ("note", batch.Select(static c => c.CheckIn.Note).ToArray()));
                return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<CheckIn> ListByKeyResultAsync(string keyResultId, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyResultId);
        StoreRules.CheckRange(from, to);
        var parameters = new List<(string, object?)> { ("kr", keyResultId) };
        var sql = $"SELECT date, value, confidence, note FROM {_s}.cxokr_check_ins WHERE key_result_id = @kr";
        if (from is { } f)
        {
            sql += " AND date >= @from";
            parameters.Add(("from", f));
        }

        if (to is { } t)
        {
            sql += " AND date <= @to";
            parameters.Add(("to", t));
        }

        return QueryAsync(
            sql + " ORDER BY date, seq;",
            [.. parameters],
            static r => new CheckIn(ReadDate(r, 0), r.GetDouble(1), ReadNullableDouble(r, 2), ReadNullableString(r, 3)),
            cancellationToken);
    }
}
