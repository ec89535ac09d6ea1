using System.Text;
using CxOkr.Journeys;
using Npgsql;
using NpgsqlTypes;

namespace CxOkr.Storage.Postgres;

public sealed partial class PostgresOkrStore
{
    /// <inheritdoc/>
    public Task AppendResponsesAsync(IEnumerable<Response> responses, CancellationToken cancellationToken = default)
    {
        var batch = StoreRules.CheckResponses(responses);
        if (batch.Count == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        }

        return WriteAsync(
            async (connection, transaction) =>
            {
                // Answers are kept as json (its text verbatim, so -0 and every double round-trip exactly) with their metric
                // ids beside them for the metric filter. One statement for the batch, rows numbered in the order given; a row whose key is stored already is
                // skipped by ON CONFLICT and named below (StoreRules refused keys repeated inside the batch).
                await using var insert = Command(
                    connection,
                    transaction,
                    $"""
                    INSERT INTO {_s}.cxokr_responses (respondent_id, date, journey_id, weight, answers, segments, metric_ids)
                    SELECT t.respondent, t.date, t.journey, t.weight, t.answers, t.segments, ARRAY(SELECT json_object_keys(t.answers))
                    FROM unnest(@respondent::text[], @date::date[], @journey::text[], @weight::float8[], @answers, @segments) WITH ORDINALITY AS t (respondent, date, journey, weight, answers, segments, n)
                    ORDER BY t.n
                    ON CONFLICT (respondent_id, date, journey_id) DO NOTHING
                    RETURNING respondent_id, date, journey_id;
                    """,
                    ("respondent", batch.Select(static r => r.RespondentId).ToArray()),
                    ("date", batch.Select(static r => r.Date).ToArray()),

                    // A journey id is never blank, so the empty string can stand for "no journey" and still take part in the unique key.
                    ("journey", batch.Select(static r => r.JourneyId ?? string.Empty).ToArray()));
                insert.Parameters.Add(new NpgsqlParameter("weight", batch.Select(static r => r.Weight).ToArray()));
                insert.Parameters.Add(new NpgsqlParameter("answers", NpgsqlDbType.Array | NpgsqlDbType.Json) { Value = batch.Select(static r => ResponseCellsJson.Write(r.Values, static (w, k, v) => w.WriteNumber(k, v))).ToArray() });
                insert.Parameters.Add(new NpgsqlParameter("segments", NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { Value = batch.Select(static r => ResponseCellsJson.Write(r.Segments, static (w, k, v) => w.WriteString(k, v))).ToArray() });
                var inserted = new HashSet<(string, DateOnly, string)>();
                await using (var reader = await insert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        inserted.Add((reader.GetString(0), ReadDate(reader, 1), reader.GetString(2)));
                    }
                }

                if (inserted.Count != batch.Count)
                {
                    var duplicate = batch.First(r => !inserted.Contains((r.RespondentId, r.Date, r.JourneyId ?? string.Empty)));
                    throw new DuplicateResponseException(duplicate.RespondentId, duplicate.Date, duplicate.JourneyId);
                }

                return inserted.Count;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<Response> ListResponsesAsync(string? journeyId = null, string? metricId = null, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        StoreRules.CheckResponseQuery(journeyId, metricId, from, to);
        var sql = new StringBuilder($"SELECT respondent_id, date, journey_id, weight, answers::text, segments::text FROM {_s}.cxokr_responses WHERE true");
        var parameters = new List<(string, object?)>();
        if (journeyId is not null)
        {
            sql.Append(" AND journey_id = @journey");
            parameters.Add(("journey", journeyId));
        }

        if (from is { } f)
        {
            sql.Append(" AND date >= @from");
            parameters.Add(("from", f));
        }

        if (to is { } t)
        {
            sql.Append(" AND date <= @to");
            parameters.Add(("to", t));
        }

        if (metricId is not null)
        {
            // Array containment, served by the GIN index on metric_ids.
            sql.Append(" AND metric_ids @> ARRAY[@metric]::text[]");
            parameters.Add(("metric", metricId));
        }

        sql.Append(" ORDER BY date, seq;");
        return QueryAsync(
            sql.ToString(),
            [.. parameters],
            static r => new Response(
                r.GetString(0),
                ReadDate(r, 1),
                ResponseCellsJson.Read(r.GetString(4), static e => e.GetDouble()),
                r.GetDouble(3),
                r.GetString(2) is { Length: > 0 } journey ? journey : null,
                ResponseCellsJson.Read(r.GetString(5), static e => e.GetString()!)),
            cancellationToken);
    }
}
