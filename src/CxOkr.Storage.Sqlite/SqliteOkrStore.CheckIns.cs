using CxOkr.Okrs;

namespace CxOkr.Storage.Sqlite;

public sealed partial class SqliteOkrStore
{
    /// <inheritdoc/>
    public Task AppendAsync(string keyResultId, CheckIn checkIn, CancellationToken cancellationToken = default) =>
        AppendBatchAsync([new KeyResultCheckIn(keyResultId, checkIn)], cancellationToken);

    /// <inheritdoc/>
    public Task AppendBatchAsync(IEnumerable<KeyResultCheckIn> checkIns, CancellationToken cancellationToken = default)
    {
        var batch = StoreRules.CheckCheckIns(checkIns);

        return WriteAsync(
            async (connection, transaction) =>
            {
                var kinds = new Dictionary<string, KeyResultKind>(StringComparer.Ordinal);
                using var lookup = Command(connection, transaction, "SELECT kind FROM cxokr_key_results WHERE id = $id;", ("$id", null));
                using var insert = Command(
                    connection,
                    transaction,
                    "INSERT INTO cxokr_check_ins (key_result_id, date, value, confidence, note) VALUES ($kr, $date, $value, $confidence, $note);",
                    ("$kr", null), ("$date", null), ("$value", null), ("$confidence", null), ("$note", null));
                foreach (var item in batch)
                {
                    if (!kinds.TryGetValue(item.KeyResultId, out var kind))
                    {
                        lookup.Parameters["$id"].Value = item.KeyResultId;
                        if (await lookup.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string text)
                        {
                            throw new UnknownKeyResultException(item.KeyResultId);
                        }

                        kinds[item.KeyResultId] = kind = Enum.Parse<KeyResultKind>(text);
                    }

                    StoreRules.CheckValueFits(item.KeyResultId, kind, item.CheckIn.Value);
                    var p = insert.Parameters;
                    p["$kr"].Value = item.KeyResultId;
                    p["$date"].Value = Date(item.CheckIn.Date);
                    p["$value"].Value = item.CheckIn.Value;
                    p["$confidence"].Value = (object?)item.CheckIn.Confidence ?? DBNull.Value;
                    p["$note"].Value = (object?)item.CheckIn.Note ?? DBNull.Value;
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<CheckIn> ListByKeyResultAsync(string keyResultId, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyResultId);
        StoreRules.CheckRange(from, to);

        // ISO dates compare as text in date order.
        var sql = "SELECT date, value, confidence, note FROM cxokr_check_ins WHERE key_result_id = $kr"
            + (from is null ? string.Empty : " AND date >= $from")
            + (to is null ? string.Empty : " AND date <= $to")
            + " ORDER BY date, seq;";
        return QueryAsync(
            sql,
            [("$kr", keyResultId), ("$from", from is { } f ? Date(f) : null), ("$to", to is { } t ? Date(t) : null)],
            static r => new CheckIn(ReadDate(r, 0), r.GetDouble(1), ReadNullableDouble(r, 2), ReadNullableString(r, 3)),
            cancellationToken);
    }
}
