using CxOkr.Okrs;
using Npgsql;

namespace CxOkr.Storage.Postgres;

public sealed partial class PostgresOkrStore
{
    /// <inheritdoc/>
    public Task<OrgUnit?> GetUnitAsync(string unitId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitId);
        return QuerySingleAsync($"SELECT id, name, parent_id FROM {_s}.cxokr_units WHERE id = @id;", [("id", unitId)], ReadUnit, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<OrgUnit> ListUnitsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT id, name, parent_id FROM {_s}.cxokr_units ORDER BY seq;", [], ReadUnit, cancellationToken);

    /// <inheritdoc/>
    public Task UpsertUnitAsync(OrgUnit unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return ExecuteAsync(
            $"INSERT INTO {_s}.cxokr_units (id, name, parent_id) VALUES (@id, @name, @parent) ON CONFLICT (id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id;",
            [("id", unit.Id), ("name", unit.Name), ("parent", unit.ParentId)],
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteUnitAsync(string unitId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitId);
        return await ExecuteAsync($"DELETE FROM {_s}.cxokr_units WHERE id = @id;", [("id", unitId)], cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc/>
    public Task<OkrPeriod?> GetPeriodAsync(string periodId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(periodId);
        return QuerySingleAsync($"SELECT id, start_date, end_date FROM {_s}.cxokr_periods WHERE id = @id;", [("id", periodId)], ReadPeriod, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<OkrPeriod> ListPeriodsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT id, start_date, end_date FROM {_s}.cxokr_periods ORDER BY seq;", [], ReadPeriod, cancellationToken);

    /// <inheritdoc/>
    public Task UpsertPeriodAsync(OkrPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        return ExecuteAsync(
            $"INSERT INTO {_s}.cxokr_periods (id, start_date, end_date) VALUES (@id, @start, @end) ON CONFLICT (id) DO UPDATE SET start_date = excluded.start_date, end_date = excluded.end_date;",
            [("id", period.Id), ("start", period.Start), ("end", period.End)],
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<bool> DeletePeriodAsync(string periodId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(periodId);
        return await ExecuteAsync($"DELETE FROM {_s}.cxokr_periods WHERE id = @id;", [("id", periodId)], cancellationToken).ConfigureAwait(false) > 0;
    }

    private static OrgUnit ReadUnit(NpgsqlDataReader r) => new(r.GetString(0), r.GetString(1), ReadNullableString(r, 2));

    private static OkrPeriod ReadPeriod(NpgsqlDataReader r) => new(r.GetString(0), ReadDate(r, 1), ReadDate(r, 2));

    /// <summary>Runs one statement in a transaction and returns the rows it affected.</summary>
    private Task<int> ExecuteAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken) =>
        WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = Command(connection, transaction, sql, parameters);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
}
