using System.Text;
using CxOkr.Journeys;
using Microsoft.Data.Sqlite;

namespace CxOkr.Storage.Sqlite;

public sealed partial class SqliteOkrStore
{
    // SQLITE_CONSTRAINT_UNIQUE: the unique index on (respondent_id, date, journey_id) refused a row.
    private const int SqliteConstraintUnique = 2067;

    /// <inheritdoc/>
    public Task AppendResponsesAsync(IEnumerable<Response> responses, CancellationToken cancellationToken = default)
    {
        var batch = StoreRules.CheckResponses(responses);
        return WriteAsync(
            async (connection, transaction) =>
            {
                using var insert = Command(
                    connection,
                    transaction,
                    "INSERT INTO cxokr_responses (respondent_id, date, journey_id, weight, answers, segments) VALUES ($respondent, $date, $journey, $weight, $answers, $segments) RETURNING seq;",
                    ("$respondent", null), ("$date", null), ("$journey", null), ("$weight", null), ("$answers", null), ("$segments", null));
                using var metric = Command(
                    connection,
                    transaction,
                    "INSERT INTO cxokr_response_metrics (metric_id, response_seq) VALUES ($metric, $seq);",
                    ("$metric", null), ("$seq", null));
                foreach (var response in batch)
                {
                    var p = insert.Parameters;
                    p["$respondent"].Value = response.RespondentId;
                    p["$date"].Value = Date(response.Date);

                    // A journey id is never blank, so the empty string can stand for "no journey" and still take part in the unique index.
                    p["$journey"].Value = response.JourneyId ?? string.Empty;
                    p["$weight"].Value = response.Weight;
                    p["$answers"].Value = ResponseCellsJson.Write(response.Values, static (w, k, v) => w.WriteNumber(k, v));
                    p["$segments"].Value = ResponseCellsJson.Write(response.Segments, static (w, k, v) => w.WriteString(k, v));
                    long seq;
                    try
                    {
                        seq = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
                    }
                    catch (SqliteException ex) when (ex.SqliteExtendedErrorCode == SqliteConstraintUnique)
                    {
                        throw new DuplicateResponseException(response.RespondentId, response.Date, response.JourneyId);
                    }

                    foreach (var metricId in response.Values.Keys)
                    {
                        metric.Parameters["$metric"].Value = metricId;
                        metric.Parameters["$seq"].Value = seq;
                        await metric.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<Response> ListResponsesAsync(string? journeyId = null, string? metricId = null, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        StoreRules.CheckResponseQuery(journeyId, metricId, from, to);

        // ISO dates compare as text in date order.
        var sql = new StringBuilder("SELECT r.respondent_id, r.date, r.journey_id, r.weight, r.answers, r.segments FROM cxokr_responses r WHERE 1 = 1");
        if (journeyId is not null)
        {
            sql.Append(" AND r.journey_id = $journey");
        }

        if (from is not null)
        {
            sql.Append(" AND r.date >= $from");
        }

        if (to is not null)
        {
            sql.Append(" AND r.date <= $to");
        }

        if (metricId is not null)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM cxokr_response_metrics m WHERE m.metric_id = $metric AND m.response_seq = r.seq)");
        }

        sql.Append(" ORDER BY r.date, r.seq;");
        return QueryAsync(
            sql.ToString(),
            [("$journey", journeyId), ("$metric", metricId), ("$from", from is { } f ? Date(f) : null), ("$to", to is { } t ? Date(t) : null)],
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
