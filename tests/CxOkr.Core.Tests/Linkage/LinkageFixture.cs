using CxOkr.Data;
using CxOkr.Journeys;

namespace CxOkr.Tests.Linkage;

/// <summary>The model of the reference cases (TestData/linkage; see its PROVENANCE.md) as metric definitions and links.</summary>
internal static class LinkageFixture
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "linkage");

    public static MetricDefinition Metric(string id, MetricTier tier) =>
        new(id, id, tier, tier switch
        {
            MetricTier.Journey => MetricScope.ForJourney("support"),
            MetricTier.Interaction => MetricScope.ForTouchpoint("tp-chat"),
            _ => MetricScope.None,
        }, DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean, null);

    public static IReadOnlyList<MetricDefinition> Metrics { get; } =
    [
        Metric("nps", MetricTier.Relationship),
        Metric("support_sat", MetricTier.Journey),
        Metric("onboarding_sat", MetricTier.Journey),
        Metric("time_to_resolution", MetricTier.Journey),
        Metric("chat_csat", MetricTier.Interaction),
        Metric("hold_time", MetricTier.Interaction),
        Metric("agent_knowledge", MetricTier.Interaction),
        Metric("app_rating", MetricTier.Interaction),
        Metric("field_ces", MetricTier.Interaction),
        Metric("handle_time", MetricTier.Interaction),
    ];

    public static IReadOnlyList<MetricLink> Links { get; } =
    [
        new("chat_csat", "support_sat"),
        new("hold_time", "support_sat"),
        new("agent_knowledge", "support_sat"),
        new("onboarding_sat", "support_sat"),
        new("app_rating", "onboarding_sat"),
        new("field_ces", "onboarding_sat"),
        new("support_sat", "nps"),
        new("onboarding_sat", "nps"),
        new("agent_knowledge", "nps"),
        new("time_to_resolution", "nps"),
        new("handle_time", "time_to_resolution"),
    ];

    public static ColumnTable Table(string name = "linkage") => CsvTableReader.ReadFile(Path.Combine(Folder, name + ".csv"));

    /// <summary>The fixed resamples of linkage-indices.csv (0-based rows, one resample per line).</summary>
    public static int[][] Indices() =>
        File.ReadAllLines(Path.Combine(Folder, "linkage-indices.csv"))
            .Where(static l => l.Length > 0)
            .Select(static l => l.Split(',').Select(static s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
}
