using CxOkr.Okrs;

namespace CxOkr.Storage.Sqlite;

public sealed partial class SqliteOkrStore
{
    /// <inheritdoc/>
    public async Task<OrgUnit?> GetUnitAsync(string unitId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitId);
        await foreach (var unit in QueryAsync("SELECT id, name, parent_id FROM cxokr_units WHERE id = $id;", [("$id", unitId)], ReadUnit, cancellationToken).ConfigureAwait(false))
        {
            return unit;
        }

        return null;
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<OrgUnit> ListUnitsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT id, name, parent_id FROM cxokr_units ORDER BY seq;", [], ReadUnit, cancellationToken);

    /// <inheritdoc/>
    public Task UpsertUnitAsync(OrgUnit unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return WriteAsync(
            async (connection, transaction) =>
            {
                using var command = Command(
                    connection,
                    transaction,
                    "INSERT INTO cxokr_units (id, name, parent_id) VALUES ($id, $name, $parent) ON CONFLICT (id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id;",
                    ("$id", unit.Id), ("$name", unit.Name), ("$parent", unit.ParentId));
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> DeleteUnitAsync(string unitId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitId);
        return DeleteByIdAsync("DELETE FROM cxokr_units WHERE id = $id;", unitId, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<OkrPeriod?> GetPeriodAsync(string periodId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(periodId);
        await foreach (var period in QueryAsync("SELECT id, start_date, end_date FROM cxokr_periods WHERE id = $id;", [("$id", periodId)], ReadPeriod, cancellationToken).ConfigureAwait(false))
        {
            return period;
        }

        return null;
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<OkrPeriod> ListPeriodsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT id, start_date, end_date FROM cxokr_periods ORDER BY seq;", [], ReadPeriod, cancellationToken);

    /// <inheritdoc/>
    public Task UpsertPeriodAsync(OkrPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        return WriteAsync(
            async (connection, transaction) =>
            {
                using var command = Command(
                    connection,
                    transaction,
                    "INSERT INTO cxokr_periods (id, start_date, end_date) VALUES ($id, $start, $end) ON CONFLICT (id) DO UPDATE SET start_date = excluded.start_date, end_date = excluded.end_date;",
                    ("$id", period.Id), ("$start", Date(period.Start)), ("$end", Date(period.End)));
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> DeletePeriodAsync(string periodId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(periodId);
        return DeleteByIdAsync("DELETE FROM cxokr_periods WHERE id = $id;", periodId, cancellationToken);
    }

    private static OrgUnit ReadUnit(Microsoft.Data.Sqlite.SqliteDataReader r) => new(r.GetString(0), r.GetString(1), ReadNullableString(r, 2));

    private static OkrPeriod ReadPeriod(Microsoft.Data.Sqlite.SqliteDataReader r) => new(r.GetString(0), ReadDate(r, 1), ReadDate(r, 2));

    private Task<bool> DeleteByIdAsync(string sql, string id, CancellationToken cancellationToken) =>
        WriteAsync(
            async (connection, transaction) =>
            {
                using var command = Command(connection, transaction, sql, ("$id", id));
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
            },
            cancellationToken);
}
