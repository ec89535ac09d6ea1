using CxOkr.Alignment;
using CxOkr.DependencyInjection;
using CxOkr.Drivers;
using CxOkr.Okrs;
using CxOkr.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
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
        Assert.Same(store, provider.GetRequiredService<IJourneyStore>());
        Assert.Same(store, provider.GetRequiredService<IResponseStore>());
        Assert.IsType<AlignmentChecker>(provider.GetRequiredService<IAlignmentChecker>());
        Assert.IsType<KeyDriverAnalyzer>(provider.GetRequiredService<IKeyDriverAnalyzer>());
        Assert.NotNull(provider.GetRequiredService<AlignmentOptions>());
        Assert.NotNull(provider.GetRequiredService<KeyDriverOptions>());
        Assert.NotNull(provider.GetRequiredService<AlignmentService>());
        Assert.NotNull(provider.GetRequiredService<KeyDriverService>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.IsType<OkrScorer>(provider.GetRequiredService<IOkrScorer>());
        Assert.NotNull(provider.GetRequiredService<ScoringOptions>());
        Assert.NotNull(provider.GetRequiredService<OkrScoringService>());
        Assert.NotNull(provider.GetRequiredService<IOptions<CxOkrOptions>>().Value);
        Assert.Same(Measures.MeasureOptions.Default, provider.GetRequiredService<Measures.MeasureOptions>());
        Assert.NotNull(provider.GetRequiredService<Reporting.ProgrammeReportBuilder>());
    }

    [Fact]
    public void The_report_builder_uses_the_configured_measure_options()
    {
        using var provider = Build(static s => s.AddCxOkr(o => o.Measures = new Measures.MeasureOptions(minEffectiveN: 5000)));
        var workspace = Serialization.WorkspaceReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "examples", "workspace.json"));
        var responses = Data.ResponseCsvReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "examples", "responses.csv"));
        var report = provider.GetRequiredService<Reporting.ProgrammeReportBuilder>().Build(workspace, responses, new DateOnly(2026, 11, 27));
        Assert.NotEmpty(report.Trends);
        Assert.All(report.Trends, t => Assert.True(t.Overall.LowSample));
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
            .AddCxOkr(static o => o.Scoring = o.Scoring with { GreenFrom = 0.8 })
            .AddCxOkr(static o => o.Scoring = o.Scoring with { RedBelow = 0.3 }));
        var options = provider.GetRequiredService<ScoringOptions>();
        Assert.Equal(0.8, options.GreenFrom);
        Assert.Equal(0.3, options.RedBelow);
        Assert.Equal(Grade.Yellow, provider.GetRequiredService<IOkrScorer>() is OkrScorer scorer ? scorer.GradeOf(0.75) : default);

        var ex = Assert.Throws<OptionsValidationException>(() => Invalid(static o => o.Scoring = o.Scoring with { GreenFrom = 2 }).GetRequiredService<IOkrScorer>());
        Assert.Contains("CxOkrOptions.Scoring", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GreenFrom", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_stop_the_host_at_start_up()
    {
        // What a generic host runs at start-up for ValidateOnStart.
        using var provider = Invalid(static o => o.Alignment = o.Alignment with { TopDrivers = 0 });
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("TopDrivers", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_are_validated_once_and_every_failure_is_reported()
    {
        using var provider = Invalid(static o =>
        {
            o.Scoring = o.Scoring with { RedBelow = 0.9 };
            o.KeyDrivers = o.KeyDrivers with { Permutations = 1 };
        });
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CxOkrOptions>>().Value);
        Assert.Contains("RedBelow", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Permutations", ex.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Invalid(Action<CxOkrOptions> configure) => new ServiceCollection().AddCxOkr(configure).BuildServiceProvider();

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

    [Fact]
    public void Alignment_and_key_driver_options_are_configured_through_CxOkrOptions_and_validated()
    {
        using var provider = Build(static s => s
            .AddCxOkr(static o => o.Alignment = o.Alignment with { TopDrivers = 1 })
            .AddCxOkr(static o => o.KeyDrivers = o.KeyDrivers with { Seed = 7 }));
        Assert.Equal(1, provider.GetRequiredService<AlignmentOptions>().TopDrivers);
        Assert.Equal(7UL, provider.GetRequiredService<KeyDriverOptions>().Seed);
        Assert.Equal(7UL, Assert.IsType<KeyDriverAnalyzer>(provider.GetRequiredService<IKeyDriverAnalyzer>()).Options.Seed);

        Assert.Throws<OptionsValidationException>(() => Invalid(static o => o.Alignment = o.Alignment with { TopDrivers = 0 }).GetRequiredService<IAlignmentChecker>());
        Assert.Throws<OptionsValidationException>(() => Invalid(static o => o.KeyDrivers = o.KeyDrivers with { Permutations = 1 }).GetRequiredService<IKeyDriverAnalyzer>());
        Assert.Throws<ArgumentNullException>(() => new CxOkrOptions().KeyDrivers = null!);
        Assert.Throws<ArgumentNullException>(() => new CxOkrOptions().Scoring = null!);
    }

    [Fact]
    public async Task Host_alignment_rules_and_stores_are_used_by_the_services()
    {
        var mine = new InMemoryOkrStore();
        using var provider = Build(s =>
        {
            s.AddSingleton<IAlignmentRule, AlwaysRule>();
            s.AddSingleton<IJourneyStore>(mine);
            s.AddCxOkr();
        });
        Assert.Same(mine, provider.GetRequiredService<IJourneyStore>());
        Assert.NotSame(mine, provider.GetRequiredService<IResponseStore>());
        var report = await provider.GetRequiredService<AlignmentService>().CheckAsync();
        Assert.Equal("always", Assert.Single(report.Findings).Rule);
    }

    [Fact]
    public async Task Key_driver_service_reads_the_registered_stores()
    {
        using var provider = Build(static s => s.AddCxOkr());
        var journeys = provider.GetRequiredService<IJourneyStore>();
        foreach (var metric in Testing.JourneySamples.Metrics())
        {
            await journeys.UpsertMetricAsync(metric);
        }

        await journeys.UpsertMetricLinkAsync(new CxOkr.Journeys.MetricLink("ease", "onboarding_ces"));
        var responses = Enumerable.Range(0, 40).Select(static i => new CxOkr.Journeys.Response(
            $"r{i}", new DateOnly(2026, 11, 1), new Dictionary<string, double> { ["ease"] = (i % 5) + 1, ["onboarding_ces"] = (i % 5) + 1 + ((i % 3) * 0.5) }, journeyId: "onboarding"));
        await provider.GetRequiredService<IResponseStore>().AppendResponsesAsync(responses);

        var result = await provider.GetRequiredService<KeyDriverService>().AnalyzeAsync("onboarding", "onboarding_ces");
        Assert.Equal(40, result.NUsed);
        Assert.Equal("ease", Assert.Single(result.Drivers).Name);
    }

    private sealed class AlwaysRule : IAlignmentRule
    {
        public string Id => "always";

        public CxOkr.Findings.FindingSeverity DefaultSeverity => CxOkr.Findings.FindingSeverity.Info;

        public IEnumerable<CxOkr.Findings.Finding> Check(CascadeGraph graph, AlignmentOptions options) =>
            [new CxOkr.Findings.Finding(Id, DefaultSeverity, [], "always")];
    }
}
