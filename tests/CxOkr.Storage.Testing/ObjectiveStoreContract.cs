using CxOkr.Okrs;

namespace CxOkr.Storage.Testing;

/// <summary>The contract of <see cref="IObjectiveStore"/>: derive, implement <see cref="StoreContract.CreateStoreAsync"/>, run.</summary>
public abstract class ObjectiveStoreContract : StoreContract
{
    private IObjectiveStore Objectives => Store.Objectives;

    /// <summary>How many writers race in the parallel tests.</summary>
    protected virtual int ParallelWriters => 8;

    /// <summary>How many updates each writer makes in <see cref="Parallel_read_modify_write_with_retry_loses_no_update"/>.</summary>
    protected virtual int UpdatesPerWriter => 25;

    /// <summary>
    /// Opens the stores that writer <paramref name="writer"/> of <see cref="Parallel_read_modify_write_with_retry_loses_no_update"/>
    /// uses. By default every writer shares the store under test; override it to give each writer its own instance
    /// over the same data (its own connections, as separate processes would have). The result is disposed when the writer is done.
    /// </summary>
    /// <param name="writer">The writer's number, from 0.</param>
    /// <returns>The writer's stores, over the same data as <see cref="StoreContract.Store"/>.</returns>
    protected virtual Task<StoreUnderTest> OpenWriterStoreAsync(int writer) =>
        Task.FromResult(new StoreUnderTest(Store.Objectives, Store.CheckIns, Store.Org));

    /// <summary>Getting an objective id that was never stored returns null.</summary>
    [Fact]
    public async Task Get_unknown_id_returns_null() =>
        Assert.Null(await Objectives.GetAsync("nope"));

    /// <summary>Upserting a new objective with <see cref="StoredObjective.NewVersion"/> stores it at version 1, and both the returned and the re-read objective equal the written one in every field.</summary>
    [Fact]
    public async Task Upsert_new_creates_version_1_and_get_returns_every_field()
    {
        var objective = Samples.Objective("o1");
        var stored = await Objectives.UpsertAsync(objective, StoredObjective.NewVersion);
        Assert.Equal(1, stored.Version);
        AssertSame(objective, stored.Objective);

        var read = await Objectives.GetAsync("o1");
        Assert.NotNull(read);
        Assert.Equal(1, read.Version);
        Assert.Equal("o1", read.Id);
        AssertSame(objective, read.Objective);
    }

    /// <summary>An objective with no key results, no parent and default optional fields round-trips.</summary>
    [Fact]
    public async Task Upsert_without_key_results_or_parent_round_trips()
    {
        var objective = new Objective("o-bare", "Bare", "company", "2026-Q4");
        await Objectives.UpsertAsync(objective, 0);
        AssertSame(objective, (await Objectives.GetAsync("o-bare"))!.Objective);
    }

    /// <summary>Upserting with the current version replaces the objective and increments its version by one each time.</summary>
    [Fact]
    public async Task Upsert_with_current_version_replaces_and_increments_version()
    {
        await Objectives.UpsertAsync(Samples.Objective("o1"), 0);
        var changed = Samples.Objective("o1", title: "Changed title");
        var stored = await Objectives.UpsertAsync(changed, 1);
        Assert.Equal(2, stored.Version);
        var read = await Objectives.GetAsync("o1");
        Assert.Equal(2, read!.Version);
        AssertSame(changed, read.Objective);

        Assert.Equal(3, (await Objectives.UpsertAsync(Samples.Objective("o1", title: "Again"), 2)).Version);
    }

    /// <summary>Upserting with a stale version throws <see cref="ConcurrencyConflictException"/> giving the objective id, the expected and the actual version, and leaves the stored objective unchanged.</summary>
    [Fact]
    public async Task Upsert_with_stale_version_throws_conflict_and_changes_nothing()
    {
        await Objectives.UpsertAsync(Samples.Objective("o1"), 0);
        await Objectives.UpsertAsync(Samples.Objective("o1", title: "Second"), 1);

        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Objectives.UpsertAsync(Samples.Objective("o1", title: "Stale"), 1));
        Assert.Equal("o1", ex.ObjectiveId);
        Assert.Equal(1, ex.ExpectedVersion);
        Assert.Equal(2, ex.ActualVersion);
        Assert.IsAssignableFrom<CxOkrException>(ex);

        var read = await Objectives.GetAsync("o1");
        Assert.Equal(2, read!.Version);
        Assert.Equal("Second", read.Objective.Title);
    }

    /// <summary>Upserting as new (version 0) an objective that already exists throws <see cref="ConcurrencyConflictException"/> with the actual version and keeps the stored objective.</summary>
    [Fact]
    public async Task Upsert_new_when_it_exists_throws_conflict()
    {
        await Objectives.UpsertAsync(Samples.Objective("o1"), 0);
        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Objectives.UpsertAsync(Samples.Objective("o1", title: "Twin"), 0));
        Assert.Equal(1, ex.ActualVersion);
        Assert.Equal(Samples.Objective("o1").Title, (await Objectives.GetAsync("o1"))!.Objective.Title);
    }

    /// <summary>Upserting with a version above 0 for an objective that does not exist throws <see cref="ConcurrencyConflictException"/> with a null actual version and creates nothing.</summary>
    [Fact]
    public async Task Upsert_with_version_of_missing_objective_throws_conflict()
    {
        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Objectives.UpsertAsync(Samples.Objective("o1"), 3));
        Assert.Null(ex.ActualVersion);
        Assert.Null(await Objectives.GetAsync("o1"));
    }

    /// <summary>Upserting with a negative expected version throws <see cref="ArgumentOutOfRangeException"/>.</summary>
    [Fact]
    public async Task Upsert_with_negative_version_throws_argument_exception() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Objectives.UpsertAsync(Samples.Objective("o1"), -1));

    /// <summary>Upserting an objective whose key results carry check-ins throws <see cref="ArgumentException"/> (check-ins are written through <see cref="ICheckInStore"/>) and stores nothing.</summary>
    [Fact]
    public async Task Upsert_with_check_ins_in_key_results_throws_and_stores_nothing()
    {
        var objective = new Objective("o1", "T", "u", "2026-Q4", [KeyResult.Increase("kr", "K", 0, 1, checkIns: [new CheckIn(new DateOnly(2026, 10, 2), 0.5)])]);
        await Assert.ThrowsAsync<ArgumentException>(() => Objectives.UpsertAsync(objective, 0));
        Assert.Null(await Objectives.GetAsync("o1"));
    }

    /// <summary>Upserting an objective that reuses a key result id owned by another objective throws <see cref="KeyResultIdConflictException"/> naming the id and its owner and stores nothing; keeping a key result id across versions of one objective is allowed.</summary>
    [Fact]
    public async Task Upsert_with_key_result_id_of_another_objective_throws_and_changes_nothing()
    {
        await Objectives.UpsertAsync(Samples.Simple("a"), 0);
        var thief = new Objective("b", "B", "u", "2026-Q4", [KeyResult.Increase("a-kr", "Same id", 0, 1)]);
        var ex = await Assert.ThrowsAsync<KeyResultIdConflictException>(() => Objectives.UpsertAsync(thief, 0));
        Assert.Equal("a-kr", ex.KeyResultId);
        Assert.Equal("a", ex.OwnerObjectiveId);
        Assert.Null(await Objectives.GetAsync("b"));

        // The same id within the same objective across versions is fine.
        Assert.Equal(2, (await Objectives.UpsertAsync(Samples.Simple("a", unitId: "other"), 1)).Version);
    }

    /// <summary>An update that drops a key result deletes its check-ins, makes later appends to it throw <see cref="UnknownKeyResultException"/> and frees its id for another objective; the kept key results keep their check-ins.</summary>
    [Fact]
    public async Task Upsert_that_drops_a_key_result_deletes_its_check_ins_and_frees_its_id()
    {
        await Objectives.UpsertAsync(Samples.Objective("o1"), 0);
        await Store.CheckIns.AppendAsync("o1-aht", new CheckIn(new DateOnly(2026, 10, 5), 390));
        await Store.CheckIns.AppendAsync("o1-csat", new CheckIn(new DateOnly(2026, 10, 5), 75));

        var fewer = new Objective("o1", "Fewer", "support", "2026-Q4", [KeyResult.Increase("o1-csat", "Lift chat CSAT", 72.5, 85)]);
        await Objectives.UpsertAsync(fewer, 1);

        Assert.Empty(await ToListAsync(Store.CheckIns.ListByKeyResultAsync("o1-aht")));
        Assert.Single(await ToListAsync(Store.CheckIns.ListByKeyResultAsync("o1-csat")));
        await Assert.ThrowsAsync<UnknownKeyResultException>(() => Store.CheckIns.AppendAsync("o1-aht", new CheckIn(new DateOnly(2026, 10, 6), 1)));

        // The dropped id may now be used by another objective.
        await Objectives.UpsertAsync(new Objective("o2", "T", "u", "2026-Q4", [KeyResult.Decrease("o1-aht", "Moved", 2, 1)]), 0);
    }

    /// <summary>An update that turns a key result with check-in values other than 0 or 1 into a milestone throws <see cref="ArgumentException"/> and leaves the objective unchanged.</summary>
    [Fact]
    public async Task Upsert_turning_a_key_result_into_a_milestone_refuses_non_binary_check_ins()
    {
        await Objectives.UpsertAsync(Samples.Simple("o1"), 0);
        await Store.CheckIns.AppendAsync("o1-kr", new CheckIn(new DateOnly(2026, 10, 5), 40));
        var milestone = new Objective("o1", "T", "support", "2026-Q4", [KeyResult.Milestone("o1-kr", "Now a milestone")]);
        await Assert.ThrowsAsync<ArgumentException>(() => Objectives.UpsertAsync(milestone, 1));
        Assert.Equal(KeyResultKind.Increase, (await Objectives.GetAsync("o1"))!.Objective.KeyResults[0].Kind);
    }

    /// <summary>Listing filters by period, by unit, by both or by neither, in creation order.</summary>
    [Fact]
    public async Task List_filters_by_period_and_unit()
    {
        await Objectives.UpsertAsync(Samples.Simple("a", "support", "2026-Q4"), 0);
        await Objectives.UpsertAsync(Samples.Simple("b", "sales", "2026-Q4"), 0);
        await Objectives.UpsertAsync(Samples.Simple("c", "support", "2027-Q1"), 0);
        await Objectives.UpsertAsync(Samples.Simple("d", "sales", "2027-Q1"), 0);

        static string Ids(IEnumerable<StoredObjective> list) => string.Join(",", list.Select(static s => s.Id));
        Assert.Equal("a,b,c,d", Ids(await ToListAsync(Objectives.ListAsync())));
        Assert.Equal("a,b", Ids(await ToListAsync(Objectives.ListAsync(periodId: "2026-Q4"))));
        Assert.Equal("b,d", Ids(await ToListAsync(Objectives.ListAsync(unitId: "sales"))));
        Assert.Equal("c", Ids(await ToListAsync(Objectives.ListAsync("2027-Q1", "support"))));
        Assert.Equal(string.Empty, Ids(await ToListAsync(Objectives.ListAsync("2099-Q1"))));
    }

    /// <summary>Listing keeps creation order (an update does not move an objective), and an objective deleted and created again moves to the end.</summary>
    [Fact]
    public async Task List_keeps_creation_order_across_updates_and_moves_recreated_objectives_to_the_end()
    {
        foreach (var id in new[] { "z", "m", "a" })
        {
            await Objectives.UpsertAsync(Samples.Simple(id), 0);
        }

        await Objectives.UpsertAsync(Samples.Simple("z", unitId: "moved"), 1);
        var listed = await ToListAsync(Objectives.ListAsync());
        Assert.Equal(["z", "m", "a"], listed.Select(static s => s.Id));
        Assert.Equal([2L, 1L, 1L], listed.Select(static s => s.Version));

        Assert.True(await Objectives.DeleteAsync("m"));
        await Objectives.UpsertAsync(Samples.Simple("m"), 0);
        Assert.Equal(["z", "a", "m"], (await ToListAsync(Objectives.ListAsync())).Select(static s => s.Id));
    }

    /// <summary>Deleting removes the objective and its check-ins and returns true, or returns false when there was nothing to delete; created again, the objective starts at version 1 with no check-ins.</summary>
    [Fact]
    public async Task Delete_removes_objective_and_check_ins_and_reports_whether_it_existed()
    {
        await Objectives.UpsertAsync(Samples.Simple("o1"), 0);
        await Store.CheckIns.AppendAsync("o1-kr", new CheckIn(new DateOnly(2026, 10, 5), 40));

        Assert.True(await Objectives.DeleteAsync("o1"));
        Assert.Null(await Objectives.GetAsync("o1"));
        Assert.False(await Objectives.DeleteAsync("o1"));
        Assert.Empty(await ToListAsync(Objectives.ListAsync()));

        // Re-created, it starts again at version 1 with no check-ins.
        Assert.Equal(1, (await Objectives.UpsertAsync(Samples.Simple("o1"), 0)).Version);
        Assert.Empty(await ToListAsync(Store.CheckIns.ListByKeyResultAsync("o1-kr")));
    }

    /// <summary>Deleting with a stale expected version, or with an expected version for a missing objective, throws <see cref="ConcurrencyConflictException"/> and deletes nothing; the current version deletes.</summary>
    [Fact]
    public async Task Delete_with_stale_version_throws_conflict_and_keeps_the_objective()
    {
        await Objectives.UpsertAsync(Samples.Simple("o1"), 0);
        await Objectives.UpsertAsync(Samples.Simple("o1"), 1);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Objectives.DeleteAsync("o1", 1));
        Assert.NotNull(await Objectives.GetAsync("o1"));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Objectives.DeleteAsync("missing", 1));
        Assert.True(await Objectives.DeleteAsync("o1", 2));
    }

    /// <summary>Blank ids throw <see cref="ArgumentException"/> and a null objective throws <see cref="ArgumentNullException"/>.</summary>
    [Fact]
    public async Task Blank_ids_are_refused()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Objectives.GetAsync(" "));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Objectives.DeleteAsync(""));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Objectives.UpsertAsync(null!, 0));
    }

    /// <summary>With an already-cancelled token, upserts, deletes, gets and listings throw <see cref="OperationCanceledException"/> and nothing is written or changed.</summary>
    [Fact]
    public async Task Cancelled_token_is_honoured_and_writes_nothing()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Objectives.UpsertAsync(Samples.Simple("o1"), 0, Cancelled));
        Assert.Null(await Objectives.GetAsync("o1"));

        await Objectives.UpsertAsync(Samples.Simple("o1"), 0);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Objectives.UpsertAsync(Samples.Simple("o1", "moved"), 1, Cancelled));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Objectives.DeleteAsync("o1", null, Cancelled));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Objectives.GetAsync("o1", Cancelled));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToListAsync(Objectives.ListAsync(cancellationToken: Cancelled)));
        var read = await Objectives.GetAsync("o1");
        Assert.Equal(1, read!.Version);
        Assert.Equal("support", read.Objective.UnitId);
    }

    /// <summary>Cancelling the token while a listing is being enumerated stops it with <see cref="OperationCanceledException"/> before the next objective.</summary>
    [Fact]
    public async Task Cancelling_during_a_listing_stops_it()
    {
        for (var i = 0; i < 5; i++)
        {
            await Objectives.UpsertAsync(Samples.Simple($"o{i}"), 0);
        }

        using var cts = new CancellationTokenSource();
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Objectives.ListAsync(cancellationToken: cts.Token))
            {
                seen++;
                cts.Cancel();
            }
        });
        Assert.Equal(1, seen);
    }

    /// <summary>When <see cref="ParallelWriters"/> writers update one objective naming the same version at once, exactly one succeeds, the others get <see cref="ConcurrencyConflictException"/>, and the stored objective is the winner's at the next version.</summary>
    [Fact]
    public async Task Parallel_writers_naming_the_same_version_exactly_one_wins()
    {
        await Objectives.UpsertAsync(Samples.Simple("o1"), 0);
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, ParallelWriters).Select(w => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await Objectives.UpsertAsync(Samples.Simple("o1", unitId: $"writer-{w}"), 1);
                return w;
            }
            catch (ConcurrencyConflictException)
            {
                return -1;
            }
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(tasks);

        var winners = results.Where(static r => r >= 0).ToArray();
        Assert.Single(winners);
        var read = await Objectives.GetAsync("o1");
        Assert.Equal(2, read!.Version);
        Assert.Equal($"writer-{winners[0]}", read.Objective.UnitId);
    }

    /// <summary>When <see cref="ParallelWriters"/> writers create the same objective id at once, exactly one succeeds, the others get <see cref="ConcurrencyConflictException"/>, and the objective is at version 1.</summary>
    [Fact]
    public async Task Parallel_creators_of_the_same_id_exactly_one_wins()
    {
        var tasks = Enumerable.Range(0, ParallelWriters).Select(w => Task.Run(async () =>
        {
            try
            {
                await Objectives.UpsertAsync(Samples.Simple("o1", unitId: $"writer-{w}"), 0);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        })).ToArray();
        Assert.Single(await Task.WhenAll(tasks), static won => won);
        Assert.Equal(1, (await Objectives.GetAsync("o1"))!.Version);
    }

    /// <summary><see cref="ParallelWriters"/> writers (each on the stores <see cref="OpenWriterStoreAsync"/> gives it) each making <see cref="UpdatesPerWriter"/> read-modify-write updates to one objective, retrying on <see cref="ConcurrencyConflictException"/>, lose no update: the final version and key results count every one.</summary>
    [Fact]
    public async Task Parallel_read_modify_write_with_retry_loses_no_update()
    {
        // Each update appends a key result; a lost update would lose one.
        await Objectives.UpsertAsync(new Objective("o1", "T", "u", "2026-Q4"), 0);
        var tasks = Enumerable.Range(0, ParallelWriters).Select(w => Task.Run(async () =>
        {
            await using var mine = await OpenWriterStoreAsync(w);
            for (var i = 0; i < UpdatesPerWriter; i++)
            {
                while (true)
                {
                    var current = (await mine.Objectives.GetAsync("o1"))!;
                    var o = current.Objective;
                    var next = new Objective(o.Id, o.Title, o.UnitId, o.PeriodId, o.KeyResults.Append(KeyResult.Milestone($"kr-{w}-{i}", "M")));
                    try
                    {
                        await mine.Objectives.UpsertAsync(next, current.Version);
                        break;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        // Someone else won this round: read again and retry.
                    }
                }
            }
        })).ToArray();
        await Task.WhenAll(tasks);

        var total = ParallelWriters * UpdatesPerWriter;
        var read = (await Objectives.GetAsync("o1"))!;
        Assert.Equal(1 + total, read.Version);
        Assert.Equal(total, read.Objective.KeyResults.Select(static kr => kr.Id).Distinct().Count());
    }
}
