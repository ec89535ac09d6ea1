using System.Runtime.CompilerServices;
using CxOkr.Okrs;

namespace CxOkr.Storage;

/// <summary>
/// The default store: objectives, check-ins, units, periods, journeys, metrics, metric links and responses in memory, safe under concurrent readers
/// and writers. Every write runs under one lock, checks everything first and then changes the data, so a
/// refused or cancelled write changes nothing and of two writers naming the same version exactly one wins.
/// </summary>
/// <remarks>Reads copy what they need under the lock and stream the copy, so a slow reader never blocks writers.</remarks>
/// <threadsafety>Thread-safe: any number of readers and writers may use one store at once (see the summary).</threadsafety>
public sealed partial class InMemoryOkrStore : IObjectiveStore, ICheckInStore, IOrgStore, IJourneyStore, IResponseStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, ObjectiveEntry> _objectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string ObjectiveId, KeyResultKind Kind)> _keyResults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CheckIn>> _checkIns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (OrgUnit Unit, long Seq)> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (OkrPeriod Period, long Seq)> _periods = new(StringComparer.Ordinal);
    private long _seq;

    /// <inheritdoc/>
    public Task<StoredObjective?> GetAsync(string objectiveId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectiveId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_objectives.TryGetValue(objectiveId, out var entry) ? entry.Stored : null);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredObjective> ListAsync(string? periodId = null, string? unitId = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        StoredObjective[] snapshot;
        lock (_gate)
        {
            snapshot = [.. _objectives.Values
                .Where(e => (periodId is null || e.Stored.Objective.PeriodId == periodId) && (unitId is null || e.Stored.Objective.UnitId == unitId))
                .OrderBy(static e => e.Seq)
                .Select(static e => e.Stored)];
        }

        foreach (var stored in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return stored;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<StoredObjective> UpsertAsync(Objective objective, long expectedVersion, CancellationToken cancellationToken = default)
    {
        StoreRules.CheckUpsert(objective, expectedVersion);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _objectives.TryGetValue(objective.Id, out var existing);
            var actual = existing?.Stored.Version;
            if ((actual ?? StoredObjective.NewVersion) != expectedVersion)
            {
                throw new ConcurrencyConflictException(objective.Id, expectedVersion, actual);
            }

            foreach (var kr in objective.KeyResults)
            {
                if (_keyResults.TryGetValue(kr.Id, out var owner))
                {
                    if (owner.ObjectiveId != objective.Id)
                    {
                        throw new KeyResultIdConflictException(kr.Id, owner.ObjectiveId, objective.Id);
                    }

                    if (kr.Kind == KeyResultKind.Milestone && _checkIns.TryGetValue(kr.Id, out var list))
                    {
                        foreach (var c in list)
                        {
                            StoreRules.CheckValueFits(kr.Id, kr.Kind, c.Value);
                        }
                    }
                }
            }

            // Everything is checked; from here on nothing throws.
            var newIds = objective.KeyResults.Select(static kr => kr.Id).ToHashSet(StringComparer.Ordinal);
            if (existing is not null)
            {
                foreach (var old in existing.Stored.Objective.KeyResults)
                {
                    if (!newIds.Contains(old.Id))
                    {
                        _keyResults.Remove(old.Id);
                        _checkIns.Remove(old.Id);
                    }
                }
            }

            foreach (var kr in objective.KeyResults)
            {
                _keyResults[kr.Id] = (objective.Id, kr.Kind);
            }

            var stored = new StoredObjective(objective, expectedVersion + 1);
            _objectives[objective.Id] = new ObjectiveEntry(stored, existing?.Seq ?? ++_seq);
            return Task.FromResult(stored);
        }
    }

    /// <inheritdoc/>
    public Task<bool> DeleteAsync(string objectiveId, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectiveId);
        StoreRules.CheckDeleteVersion(expectedVersion);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _objectives.TryGetValue(objectiveId, out var existing);
            if (expectedVersion is { } expected && existing?.Stored.Version != expected)
            {
                throw new ConcurrencyConflictException(objectiveId, expected, existing?.Stored.Version);
            }

            if (existing is null)
            {
                return Task.FromResult(false);
            }

            foreach (var kr in existing.Stored.Objective.KeyResults)
            {
                _keyResults.Remove(kr.Id);
                _checkIns.Remove(kr.Id);
            }

            _objectives.Remove(objectiveId);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc/>
    public Task AppendAsync(string keyResultId, CheckIn checkIn, CancellationToken cancellationToken = default) =>
        AppendBatchAsync([new KeyResultCheckIn(keyResultId, checkIn)], cancellationToken);

    /// <inheritdoc/>
    public Task AppendBatchAsync(IEnumerable<KeyResultCheckIn> checkIns, CancellationToken cancellationToken = default)
    {
        var batch = StoreRules.CheckCheckIns(checkIns);

        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var item in batch)
            {
                if (!_keyResults.TryGetValue(item.KeyResultId, out var kr))
                {
                    throw new UnknownKeyResultException(item.KeyResultId);
                }

                StoreRules.CheckValueFits(item.KeyResultId, kr.Kind, item.CheckIn.Value);
            }

            foreach (var item in batch)
            {
                if (!_checkIns.TryGetValue(item.KeyResultId, out var list))
                {
                    _checkIns[item.KeyResultId] = list = [];
                }

                list.Add(item.CheckIn);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<CheckIn> ListByKeyResultAsync(string keyResultId, DateOnly? from = null, DateOnly? to = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyResultId);
        StoreRules.CheckRange(from, to);
        cancellationToken.ThrowIfCancellationRequested();
        CheckIn[] snapshot;
        lock (_gate)
        {
            snapshot = _checkIns.TryGetValue(keyResultId, out var list)
                ? [.. list.Where(c => (from is null || c.Date >= from) && (to is null || c.Date <= to))]
                : [];
        }

        // A stable sort keeps check-ins of the same date in the order appended.
        foreach (var checkIn in snapshot.OrderBy(static c => c.Date))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return checkIn;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<OrgUnit?> GetUnitAsync(string unitId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_units.TryGetValue(unitId, out var e) ? e.Unit : null);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<OrgUnit> ListUnitsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        OrgUnit[] snapshot;
        lock (_gate)
        {
            snapshot = [.. _units.Values.OrderBy(static e => e.Seq).Select(static e => e.Unit)];
        }

        foreach (var unit in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return unit;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task UpsertUnitAsync(OrgUnit unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _units[unit.Id] = (unit, _units.TryGetValue(unit.Id, out var e) ? e.Seq : ++_seq);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<bool> DeleteUnitAsync(string unitId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_units.Remove(unitId));
        }
    }

    /// <inheritdoc/>
    public Task<OkrPeriod?> GetPeriodAsync(string periodId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(periodId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_periods.TryGetValue(periodId, out var e) ? e.Period : null);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<OkrPeriod> ListPeriodsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        OkrPeriod[] snapshot;
        lock (_gate)
        {
            snapshot = [.. _periods.Values.OrderBy(static e => e.Seq).Select(static e => e.Period)];
        }

        foreach (var period in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return period;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task UpsertPeriodAsync(OkrPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _periods[period.Id] = (period, _periods.TryGetValue(period.Id, out var e) ? e.Seq : ++_seq);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<bool> DeletePeriodAsync(string periodId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(periodId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_periods.Remove(periodId));
        }
    }

    private sealed record ObjectiveEntry(StoredObjective Stored, long Seq);
}
