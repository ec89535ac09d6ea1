using CxOkr.Okrs;
using CxOkr.Services;
using CxOkr.Storage;
using Microsoft.Extensions.DependencyInjection;   // BuildServiceProvider: package Microsoft.Extensions.DependencyInjection

namespace CxOkr.Readme.Tests;   // not under CxOkr.Storage, so the usings are the ones a top-level program needs, as in the README

/// <summary>The README's quick start compiles and prints what its output block says (also checked against the packages by .ci/doc-snippets); the README shows exactly this code.</summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public async Task Quick_start_scores_an_objective_stored_through_DI()
    {
        // ---- README quick start (keep in step with README.md; Readme_shows_this_code checks it) ----
        var services = new ServiceCollection().AddCxOkr(options => options.Scoring = options.Scoring with { GreenFrom = 0.7 });   // in-memory stores
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IOrgStore>().UpsertPeriodAsync(new OkrPeriod("2026-Q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)));
        var objectives = provider.GetRequiredService<IObjectiveStore>();
        await objectives.UpsertAsync(new Objective("o-onboard", "Onboarding feels effortless", unitId: "support", periodId: "2026-Q4",
            [KeyResult.Increase("kr-reply", "Reply to 95% of feedback within 24h", baseline: 0.60, target: 0.95)]), expectedVersion: 0);
        await provider.GetRequiredService<ICheckInStore>().AppendAsync("kr-reply", new CheckIn(new DateOnly(2026, 10, 20), 0.70, confidence: 0.8));

        var scoring = provider.GetRequiredService<OkrScoringService>();
        var card = await scoring.ScoreAsync(new DateOnly(2026, 11, 15), periodId: "2026-Q4");
        var o = card.Objectives[0];
        Console.WriteLine($"{o.ObjectiveId}: {o.Score:0.00} {o.Grade} {o.Status}");
        // ---- end of README quick start ----

        Assert.Equal("o-onboard: 0.29 Red AtRisk", FormattableString.Invariant($"{o.ObjectiveId}: {o.Score:0.00} {o.Grade} {o.Status}"));
    }

    [Fact]
    public void Readme_shows_this_code()
    {
        var readme = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "README.md"));
        var start = Array.FindIndex(readme, static l => l.StartsWith("## Quick start", StringComparison.Ordinal));
        Assert.True(start >= 0, "README.md has no '## Quick start' section.");
        var open = Array.FindIndex(readme, start, static l => l.StartsWith("```csharp", StringComparison.Ordinal));
        var close = Array.FindIndex(readme, open + 1, static l => l.StartsWith("```", StringComparison.Ordinal));
        var snippet = readme[(open + 1)..close].Select(static l => l.Trim()).Where(static l => l.Length > 0).ToArray();
        Assert.NotEmpty(snippet);

        var test = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "ReadmeQuickStartTests.cs")).Select(static l => l.Trim()).ToArray();
        var begin = Array.FindIndex(test, static l => l.StartsWith("// ---- README quick start", StringComparison.Ordinal));
        var end = Array.FindIndex(test, static l => l.StartsWith("// ---- end of README quick start", StringComparison.Ordinal));
        var body = test[(begin + 1)..end].Where(static l => l.Length > 0);
        var usings = test.TakeWhile(static l => !l.StartsWith("namespace", StringComparison.Ordinal)).Where(static l => l.Length > 0);
        Assert.Equal(usings.Concat(body), snippet);
    }
}
