using CxOkr.Journeys;
using CxOkr.Serialization;

namespace CxOkr.Tests.Serialization;

public sealed class JourneyMapReaderTests
{
    private static readonly string ExamplePath = Path.Combine(AppContext.BaseDirectory, "TestData", "examples", "workspace.json");

    private const string Map = """
        {"formatVersion": 1,
         "units": [{"id": "chat-team", "name": "Chat"}],
         "metrics": [
           {"id": "chat_csat", "name": "Chat CSAT", "tier": "interaction", "scope": {"touchpointId": "tp-chat"},
            "dataKind": "experience", "collection": "solicited", "structure": "structured", "calculation": "topBox",
            "scale": {"min": 1, "max": 5, "topBox": 4}, "betterWhen": "higher", "unit": null},
           {"id": "support_sat", "name": "Support satisfaction", "tier": "journey", "scope": {"journeyId": "support"},
            "dataKind": "experience", "collection": "solicited", "structure": "structured", "calculation": "mean"}],
         "metricLinks": [{"from": "chat_csat", "to": "support_sat", "strength": null}],
         "journeys": [{"id": "support", "name": "Getting help", "audience": "customer",
           "outcomes": [{"metricId": "support_sat", "category": "customer"}],
           "stages": [{"id": "st-ask", "name": "Ask for help", "touchpoints": [
             {"id": "tp-chat", "name": "Chat", "channel": "chat", "unitId": "chat-team"}]}]}]}
        """;

    [Fact]
    public void Issue_shape_reads_into_the_journey_types()
    {
        var workspace = WorkspaceReader.Read(Map);
        var csat = workspace.Metrics[0];
        Assert.Equal((MetricTier.Interaction, "tp-chat", Calculation.TopBox, 4.0), (csat.Tier, csat.Scope.TouchpointId, csat.Calculation!.Value, csat.Scale!.TopBox!.Value));
        Assert.Equal(("chat_csat", "support_sat"), (workspace.MetricLinks[0].From, workspace.MetricLinks[0].To));
        var journey = Assert.Single(workspace.Journeys);
        Assert.Equal(Channel.Chat, journey.Stages[0].Touchpoints[0].Channel);
        Assert.Equal(1, journey.Stages[0].Order);
        Assert.Equal(OutcomeCategory.Customer, journey.Outcomes[0].Category);
    }

    [Fact]
    public void Bad_enum_unknown_scope_and_down_tier_link_are_reported_with_paths()
    {
        var json = Map
            .Replace("\"channel\": \"chat\"", "\"channel\": \"pigeon\"", StringComparison.Ordinal)
            .Replace("{\"from\": \"chat_csat\", \"to\": \"support_sat\"", "{\"from\": \"support_sat\", \"to\": \"chat_csat\"", StringComparison.Ordinal);
        var ex = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(json));
        Assert.Contains(ex.Problems, p => p.Path == "$.journeys[0].stages[0].touchpoints[0].channel" && p.Message.Contains("web, app, email", StringComparison.Ordinal));

        var downTier = Map.Replace("{\"from\": \"chat_csat\", \"to\": \"support_sat\"", "{\"from\": \"support_sat\", \"to\": \"chat_csat\"", StringComparison.Ordinal);
        var ex2 = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(downTier));
        Assert.Contains(ex2.Problems, p => p.Path == "$.metricLinks");

        var unknownScope = Map.Replace("\"journeyId\": \"support\"", "\"journeyId\": \"billing\"", StringComparison.Ordinal);
        var ex3 = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(unknownScope));
        Assert.Equal("$.metrics[1].scope.journeyId", Assert.Single(ex3.Problems).Path);
    }

    [Fact]
    public void Example_programme_reads_strictly_and_round_trips()
    {
        var workspace = WorkspaceReader.ReadFile(ExamplePath);
        Assert.InRange(workspace.Objectives.Count, 12, 20);
        Assert.Equal(3, workspace.Journeys.Count);
        Assert.Contains(workspace.Journeys, j => j.Audience == JourneyAudience.Employee);
        Assert.Equal([MetricTier.Interaction, MetricTier.Journey, MetricTier.Relationship], workspace.Metrics.Select(m => m.Tier).Distinct().Order());
        var written = WorkspaceWriter.Write(workspace);
        Assert.Equal(written, WorkspaceWriter.Write(WorkspaceReader.Read(written)));
    }
}
