using CxOkr.Okrs;
using CxOkr.Serialization;
using Npgsql;

namespace CxOkr.Storage.Postgres;

public sealed partial class PostgresOkrStore
{
    /// <inheritdoc/>
    public Task<StoredObjective?> GetAsync(string objectiveId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectiveId);
        return QuerySingleAsync($"SELECT definition::text, row_version FROM {_s}.cxokr_objectives WHERE id = @id;", [("id", objectiveId)], ReadObjective, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<StoredObjective> ListAsync(string? periodId = null, string? unitId = null, CancellationToken cancellationToken = default)
    {
        // Fixed fragments only; the values travel as parameters.
        var (where, parameters) = (periodId, unitId) switch
        {
            (null, null) => (string.Empty, Array.Empty<(string, object?)>()),
            (_, null) => (" WHERE period_id = @period", [("period", periodId)]),
            (null, _) => (" WHERE unit_id = @unit", [("unit", unitId)]),
            _ => (" WHERE period_id = @period AND unit_id = @unit", new (string, object?)[] { ("period", periodId), ("unit", unitId) }),
        };
        return QueryAsync($"SELECT definition::text, row_version FROM {_s}.cxokr_objectives{where} ORDER BY seq;", parameters, ReadObjective, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<StoredObjective> UpsertAsync(Objective objective, long expectedVersion, CancellationToken cancellationToken = default)
    {
        StoreRules.CheckUpsert(objective, expectedVersion);
        var definition = new Jsonb(WorkspaceWriter.Write(new Workspace(objectives: [objective])));
        return WriteAsync(
            async (connection, transaction) =>
            {
                // 1. The objective's row, compared and bumped in one statement: its row lock orders writers of one objective.
                var row = new (string, object?)[] { ("id", objective.Id), ("unit", objective.UnitId), ("period", objective.PeriodId), ("definition", definition), ("expected", expectedVersion) };
                var sql = expectedVersion == StoredObjective.NewVersion
                    ? $"INSERT INTO {_s}.cxokr_objectives (id, unit_id, period_id, row_version, definition) VALUES (@id, @unit, @period, 1, @definition) ON CONFLICT (id) DO NOTHING RETURNING row_version;"
                    : $"UPDATE {_s}.cxokr_objectives SET unit_id = @unit, period_id = @period, definition = @definition, row_version = row_version + 1 WHERE id = @id AND row_version = @expected RETURNING row_version;";
                await using (var write = Command(connection, transaction, sql, row))
                {
                    if (await write.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not long)
                    {
                        throw new ConcurrencyConflictException(objective.Id, expectedVersion, await VersionOfAsync(connection, transaction, objective.Id, cancellationToken).ConfigureAwait(false));
                    }
                }

                // 2. Its key results: claimed or kept, never taken from another objective (in id order, so that writers lock alike).
                var ids = objective.KeyResults.Select(static kr => kr.Id).ToArray();
                await using (var claim = Command(
                    connection,
                    transaction,
                    $"INSERT INTO {_s}.cxokr_key_results AS k (id, objective_id, kind) VALUES (@kr, @id, @kind) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind WHERE k.objective_id = excluded.objective_id;",
                    ("kr", string.Empty),
                    ("id", objective.Id),
                    ("kind", string.Empty)))
                {
                    foreach (var kr in objective.KeyResults.OrderBy(static kr => kr.Id, StringComparer.Ordinal))
                    {
                        claim.Parameters["kr"].Value = kr.Id;
                        claim.Parameters["kind"].Value = kr.Kind.ToString();
                        if (await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                        {
                            await using var owner = Command(connection, transaction, $"SELECT objective_id FROM {_s}.cxokr_key_results WHERE id = @kr;", ("kr", kr.Id));
                            var ownerId = (string?)await owner.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? "?";
                            throw new KeyResultIdConflictException(kr.Id, ownerId, objective.Id);
                        }
                    }
                }

                // 3. A key result now a milestone must have only 0/1 check-ins.
                var milestones = objective.KeyResults.Where(static kr => kr.Kind == KeyResultKind.Milestone).Select(static kr => kr.Id).ToArray();
                if (milestones.Length > 0)
                {
                    await using var bad = Command(
                        connection,
                        transaction,
                        $"SELECT key_result_id, value FROM {_s}.cxokr_check_ins WHERE key_result_id = ANY(@ids) AND value NOT IN (0, 1) ORDER BY seq LIMIT 1;",
                        ("ids", milestones));
                    await using var reader = await bad.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        StoreRules.CheckValueFits(reader.GetString(0), KeyResultKind.Milestone, reader.GetDouble(1));
                    }
                }

                // 4. Key results the objective no longer has go, with their check-ins (ON DELETE CASCADE).
                await using (var drop = Command(connection, transaction, $"DELETE FROM {_s}.cxokr_key_results WHERE objective_id = @id AND NOT (id = ANY(@ids));", ("id", objective.Id), ("ids", ids)))
                {
                    await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
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
                // Key results and their check-ins go with the objective (ON DELETE CASCADE).
                await using var delete = expectedVersion is { } expected
                    ? Command(connection, transaction, $"DELETE FROM {_s}.cxokr_objectives WHERE id = @id AND row_version = @expected;", ("id", objectiveId), ("expected", expected))
                    : Command(connection, transaction, $"DELETE FROM {_s}.cxokr_objectives WHERE id = @id;", ("id", objectiveId));
                if (await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
                {
                    return true;
                }

                if (expectedVersion is { } stale)
                {
                    throw new ConcurrencyConflictException(objectiveId, stale, await VersionOfAsync(connection, transaction, objectiveId, cancellationToken).ConfigureAwait(false));
                }

                return false;
            },
            cancellationToken);
    }

    private async Task<long?> VersionOfAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string objectiveId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"SELECT row_version FROM {_s}.cxokr_objectives WHERE id = @id;", ("id", objectiveId));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long version ? version : null;
    }

    private static StoredObjective ReadObjective(NpgsqlDataReader reader) =>
        new(WorkspaceReader.Read(reader.GetString(0), WorkspaceReadMode.Lenient).Objectives[0], reader.GetInt64(1));
}
