using System.Runtime.CompilerServices;
using CxOkr.Okrs;
using Microsoft.Data.Sqlite;

namespace CxOkr.Storage.Sqlite;

public sealed partial class SqliteOkrStore
{
    private const string ObjectiveSelect = """
        SELECT o.id, o.title, o.unit_id, o.period_id, o.parent_id, o.type, o.weight, o.version,
               k.id, k.title, k.kind, k.baseline, k.target, k.threshold, k.weight, k.metric_id
        FROM cxokr_objectives o
        LEFT JOIN cxokr_key_results k ON k.objective_id = o.id
        """;

    /// <inheritdoc/>
    public async Task<StoredObjective?> GetAsync(string objectiveId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectiveId);
        await foreach (var stored in ReadObjectivesAsync(ObjectiveSelect + " WHERE o.id = $id ORDER BY k.position;", [("$id", objectiveId)], cancellationToken).ConfigureAwait(false))
        {
            return stored;
        }

        return null;
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<StoredObjective> ListAsync(string? periodId = null, string? unitId = null, CancellationToken cancellationToken = default)
    {
        // Fixed fragments only; the values travel as parameters.
        var where = (periodId, unitId) switch
        {
            (null, null) => string.Empty,
            (_, null) => " WHERE o.period_id = $period",
            (null, _) => " WHERE o.unit_id = $unit",
            _ => " WHERE o.period_id = $period AND o.unit_id = $unit",
        };
        return ReadObjectivesAsync(ObjectiveSelect + where + " ORDER BY o.seq, k.position;", [("$period", periodId), ("$unit", unitId)], cancellationToken);
    }

    /// <inheritdoc/>
    public Task<StoredObjective> UpsertAsync(Objective objective, long expectedVersion, CancellationToken cancellationToken = default)
    {
        StoreRules.CheckUpsert(objective, expectedVersion);
        RefuseWhatTheSchemaCannotKeep(objective);
        return WriteAsync(
            async (connection, transaction) =>
            {
                var actual = await VersionOfAsync(connection, transaction, objective.Id, cancellationToken).ConfigureAwait(false);
                if ((actual ?? StoredObjective.NewVersion) != expectedVersion)
                {
                    throw new ConcurrencyConflictException(objective.Id, expectedVersion, actual);
                }

                foreach (var kr in objective.KeyResults)
                {
                    using var owner = Command(connection, transaction, "SELECT objective_id FROM cxokr_key_results WHERE id = $id;", ("$id", kr.Id));
                    if (await owner.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string ownerId)
                    {
                        continue;
                    }

                    if (ownerId != objective.Id)
                    {
                        throw new KeyResultIdConflictException(kr.Id, ownerId, objective.Id);
                    }

                    if (kr.Kind == KeyResultKind.Milestone)
                    {
                        using var bad = Command(connection, transaction, "SELECT value FROM cxokr_check_ins WHERE key_result_id = $id AND value NOT IN (0, 1) LIMIT 1;", ("$id", kr.Id));
                        if (await bad.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is double value)
                        {
                            StoreRules.CheckValueFits(kr.Id, kr.Kind, value);
                        }
                    }
                }

                var row = new (string, object?)[]
                {
                    ("$id", objective.Id), ("$title", objective.Title), ("$unit", objective.UnitId), ("$period", objective.PeriodId),
                    ("$parent", objective.ParentId), ("$type", objective.Type.ToString()), ("$weight", objective.Weight),
                    ("$version", expectedVersion + 1), ("$expected", expectedVersion),
                };
                if (actual is null)
                {
                    using var insert = Command(
                        connection,
                        transaction,
                        "INSERT INTO cxokr_objectives (id, title, unit_id, period_id, parent_id, type, weight, version) VALUES ($id, $title, $unit, $period, $parent, $type, $weight, $version);",
                        row[..^1]);
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await DeleteDroppedCheckInsAsync(connection, transaction, objective, cancellationToken).ConfigureAwait(false);
                    using (var deleteKeyResults = Command(connection, transaction, "DELETE FROM cxokr_key_results WHERE objective_id = $id;", ("$id", objective.Id)))
                    {
                        await deleteKeyResults.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    using var update = Command(
                        connection,
                        transaction,
                        "UPDATE cxokr_objectives SET title = $title, unit_id = $unit, period_id = $period, parent_id = $parent, type = $type, weight = $weight, version = $version WHERE id = $id AND version = $expected;",
                        row);
                    if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                    {
                        throw new ConcurrencyConflictException(objective.Id, expectedVersion, await VersionOfAsync(connection, transaction, objective.Id, cancellationToken).ConfigureAwait(false));
                    }
                }

                using var insertKeyResult = Command(
                    connection,
                    transaction,
                    "INSERT INTO cxokr_key_results (id, objective_id, position, title, kind, baseline, target, threshold, weight, metric_id) VALUES ($id, $objective, $position, $title, $kind, $baseline, $target, $threshold, $weight, $metric);",
                    ("$id", null), ("$objective", objective.Id), ("$position", null), ("$title", null), ("$kind", null), ("$baseline", null), ("$target", null), ("$threshold", null), ("$weight", null), ("$metric", null));
                for (var i = 0; i < objective.KeyResults.Count; i++)
                {
                    var kr = objective.KeyResults[i];
                    var p = insertKeyResult.Parameters;
                    p["$id"].Value = kr.Id;
                    p["$position"].Value = i;
                    p["$title"].Value = kr.Title;
                    p["$kind"].Value = kr.Kind.ToString();
                    p["$baseline"].Value = (object?)kr.Baseline ?? DBNull.Value;
                    p["$target"].Value = (object?)kr.Target ?? DBNull.Value;
                    p["$threshold"].Value = (object?)kr.Threshold ?? DBNull.Value;
                    p["$weight"].Value = kr.Weight;
                    p["$metric"].Value = (object?)kr.MetricId ?? DBNull.Value;
                    await insertKeyResult.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                return new StoredObjective(objective, expectedVersion + 1);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> DeleteAsync(string objectiveId, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectiveId);
        StoreRules.CheckDeleteVersion(expectedVersion);
        return WriteAsync(
            async (connection, transaction) =>
            {
                var actual = await VersionOfAsync(connection, transaction, objectiveId, cancellationToken).ConfigureAwait(false);
                if (expectedVersion is { } expected && actual != expected)
                {
                    throw new ConcurrencyConflictException(objectiveId, expected, actual);
                }

                if (actual is null)
                {
                    return false;
                }

                using var delete = Command(
                    connection,
                    transaction,
                    """
                    DELETE FROM cxokr_check_ins WHERE key_result_id IN (SELECT id FROM cxokr_key_results WHERE objective_id = $id);
                    DELETE FROM cxokr_key_results WHERE objective_id = $id;
                    DELETE FROM cxokr_objectives WHERE id = $id;
                    """,
                    ("$id", objectiveId));
                await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    private static async Task<long?> VersionOfAsync(SqliteConnection connection, SqliteTransaction transaction, string objectiveId, CancellationToken cancellationToken)
    {
        using var command = Command(connection, transaction, "SELECT version FROM cxokr_objectives WHERE id = $id;", ("$id", objectiveId));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long version ? version : null;
    }

    private static async Task DeleteDroppedCheckInsAsync(SqliteConnection connection, SqliteTransaction transaction, Objective objective, CancellationToken cancellationToken)
    {
        var kept = objective.KeyResults.Select(static kr => kr.Id).ToHashSet(StringComparer.Ordinal);
        var dropped = new List<string>();
        using (var old = Command(connection, transaction, "SELECT id FROM cxokr_key_results WHERE objective_id = $id;", ("$id", objective.Id)))
        using (var reader = await old.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetString(0);
                if (!kept.Contains(id))
                {
                    dropped.Add(id);
                }
            }
        }

        using var delete = Command(connection, transaction, "DELETE FROM cxokr_check_ins WHERE key_result_id = $id;", ("$id", null));
        foreach (var id in dropped)
        {
            delete.Parameters["$id"].Value = id;
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async IAsyncEnumerable<StoredObjective> ReadObjectivesAsync(string sql, (string, object?)[] parameters, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Rows arrive one per key result (or one with null key result columns), grouped by objective.
        ObjectiveRow? current = null;
        var keyResults = new List<KeyResult>();
        await foreach (var row in QueryAsync(sql, parameters, ReadObjectiveRow, cancellationToken).ConfigureAwait(false))
        {
            if (current is not null && current.Id != row.Objective.Id)
            {
                yield return current.ToStored(keyResults);
                keyResults = [];
            }

            current = row.Objective;
            if (row.KeyResult is not null)
            {
                keyResults.Add(row.KeyResult);
            }
        }

        if (current is not null)
        {
            yield return current.ToStored(keyResults);
        }
    }

    private static (ObjectiveRow Objective, KeyResult? KeyResult) ReadObjectiveRow(SqliteDataReader r)
    {
        var objective = new ObjectiveRow(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ReadNullableString(r, 4), Enum.Parse<ObjectiveType>(r.GetString(5)), r.GetDouble(6), r.GetInt64(7));
        var keyResult = r.IsDBNull(8)
            ? null
            : new KeyResult(
                r.GetString(8),
                r.GetString(9),
                Enum.Parse<KeyResultKind>(r.GetString(10)),
                ReadNullableDouble(r, 11),
                ReadNullableDouble(r, 12),
                ReadNullableDouble(r, 13),
                r.GetDouble(14),
                ReadNullableString(r, 15));
        return (objective, keyResult);
    }

    private sealed record ObjectiveRow(string Id, string Title, string UnitId, string PeriodId, string? ParentId, ObjectiveType Type, double Weight, long Version)
    {
        public StoredObjective ToStored(List<KeyResult> keyResults) =>
            new(new Objective(Id, Title, UnitId, PeriodId, keyResults, ParentId, Type, Weight), Version);
    }

    // Schema 2 has one parent column and no roll-up or guardrail columns: an objective that uses them is refused,
    // never stored with those fields silently dropped (a later schema will keep them).
    private static void RefuseWhatTheSchemaCannotKeep(Objective objective)
    {
        var unkept = objective.Parents.Count > 1 || objective.Parents.Any(static p => p.Share != 1) ? "several parents or parent shares (parentIds, parentShares)"
            : objective.KeyResults.FirstOrDefault(static k => k.Rollup is not null) is { } rollup ? $"key result '{rollup.Id}''s rollup"
            : objective.KeyResults.FirstOrDefault(static k => k.GuardrailMetricId is not null) is { } guarded ? $"key result '{guarded.Id}''s guardrail (guardrailMetricId, guardrailMargin)"
            : null;
        if (unkept is not null)
        {
            throw new CxOkrException($"objective '{objective.Id}': the SQLite store (schema {SqliteSchema.LatestVersion}) cannot keep {unkept} yet; it refuses the objective rather than drop them. Keep such workspaces in JSON or the in-memory store.");
        }
    }
}
