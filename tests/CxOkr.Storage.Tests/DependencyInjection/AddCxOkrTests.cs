using CxOkr.DependencyInjection;
using CxOkr.Okrs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CxOkr.Storage.Tests.DependencyInjection;

public sealed class AddCxOkrTests
{
    private static ServiceProvider Build(Action<IServiceCollection> setup)
    {
        var services = new ServiceCollection();
        setup(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void AddCxOkr_registers_every_service_with_one_in_memory_store_behind_all_interfaces()
    {
        using var provider = Build(static s => s.AddCxOkr());
        var store = provider.GetRequiredService<InMemoryOkrStore>();
        Assert.Same(store, provider.GetRequiredService<IObjectiveStore>());
        Assert.Same(store, provider.GetRequiredService<ICheckInStore>());
        Assert.Same(store, provider.GetRequiredService<IOrgStore>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.IsType<OkrScorer>(provider.GetRequiredService<IOkrScorer>());
        Assert.NotNull(provider.GetRequiredService<ScoringOptions>());
        Assert.NotNull(provider.GetRequiredService<OkrScoringService>());
        Assert.NotNull(provider.GetRequiredService<CxOkrOptions>());
    }

    [Fact]
    public void Host_registrations_win_whatever_the_order()
    {
        var mine = new InMemoryOkrStore();
        var clock = new FakeTimeProvider();
        using var before = Build(s =>
        {
            s.AddSingleton<IObjectiveStore>(mine);
            s.AddSingleton<TimeProvider>(clock);
            s.AddCxOkr();
        });
        Assert.Same(mine, before.GetRequiredService<IObjectiveStore>());
        Assert.Same(clock, before.GetRequiredService<TimeProvider>());
        Assert.NotSame(mine, before.GetRequiredService<ICheckInStore>());
    }

    [Fact]
    public void Options_are_configured_validated_and_shared_across_calls()
    {
        using var provider = Build(static s => s
            .AddCxOkr(static o => o.Scoring.GreenFrom = 0.8)
            .AddCxOkr(static o => o.Scoring.RedBelow = 0.3));
        var options = provider.GetRequiredService<ScoringOptions>();
        Assert.Equal(0.8, options.GreenFrom);
        Assert.Equal(0.3, options.RedBelow);
        Assert.Equal(Grade.Yellow, provider.GetRequiredService<IOkrScorer>() is OkrScorer scorer ? scorer.GradeOf(0.75) : default);

        Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddCxOkr(static o => o.Scoring.GreenFrom = 2));
    }

    [Fact]
    public async Task Scoring_service_scores_as_of_the_time_providers_today()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 15, 12, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        using var provider = Build(s => s.AddSingleton<TimeProvider>(clock).AddCxOkr());
        var store = provider.GetRequiredService<InMemoryOkrStore>();
        var workspace = Testing.Samples.Workspace();
        await WorkspaceTransfer.ImportAsync(workspace, store);

        var service = provider.GetRequiredService<OkrScoringService>();
        Assert.Equal(new DateOnly(2026, 11, 15), service.Today);
        var card = await service.ScoreAsync(periodId: "2026-Q4");
        Assert.Equal(new DateOnly(2026, 11, 15), card.AsOf);
        Assert.Equal(["o-company", "o-support", "o-app"], card.Objectives.Select(static o => o.ObjectiveId));

        var expected = new OkrScorer().Score(workspace.Objectives.Where(static o => o.PeriodId == "2026-Q4"), workspace.Periods, card.AsOf);
        Assert.Equal(expected.Objectives.Select(static o => o.Score), card.Objectives.Select(static o => o.Score));

        // Check-ins after the as-of date are not read.
        var early = await service.ScoreObjectiveAsync("o-support", new DateOnly(2026, 10, 16));
        Assert.Single(early!.KeyResults, static kr => kr.KeyResultId == "kr-csat" && kr.Current == 74);
    }

    [Fact]
    public async Task Scoring_service_resolves_in_a_scope_over_a_scoped_host_store()
    {
        using var provider = Build(static s =>
        {
            s.AddScoped<InMemoryOkrStore>();
            s.AddScoped<IObjectiveStore>(static sp => sp.GetRequiredService<InMemoryOkrStore>());
            s.AddScoped<ICheckInStore>(static sp => sp.GetRequiredService<InMemoryOkrStore>());
            s.AddScoped<IOrgStore>(static sp => sp.GetRequiredService<InMemoryOkrStore>());
            s.AddCxOkr();
        });
        using var scope = provider.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<OkrScoringService>();
        Assert.Empty((await service.ScoreAsync(new DateOnly(2026, 11, 1))).Objectives);
    }
}
