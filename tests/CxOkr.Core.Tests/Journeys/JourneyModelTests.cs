using CxOkr.Journeys;

namespace CxOkr.Tests.Journeys;

public sealed class JourneyModelTests
{
    internal static MetricDefinition Metric(string id, MetricTier tier, MetricScope? scope = null, Calculation? calculation = Calculation.Mean, MetricScale? scale = null, string? source = "survey") =>
        new(id, id, tier, scope ?? tier switch
        {
            MetricTier.Journey => MetricScope.ForJourney("support"),
            MetricTier.Interaction => MetricScope.ForTouchpoint("tp-chat"),
            _ => MetricScope.None,
        }, DataKind.Experience, Collection.Solicited, Structure.Structured, calculation, scale, source: source);

    [Fact]
    public void Scale_top_box_outside_the_scale_is_rejected_naming_the_member()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new MetricScale(1, 5, 6));
        Assert.Equal("topBox", ex.ParamName);
        Assert.StartsWith("scale.topBox (6) must be within [min, max] = [1, 5]", ex.Message);
    }

    [Fact]
    public void Response_on_the_default_date_is_refused_as_missing_naming_date()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Response("r1", default, new Dictionary<string, double> { ["nps"] = 9 }));
        Assert.Equal("date", ex.ParamName);
        Assert.Contains("missing", ex.Message, StringComparison.Ordinal);
        Assert.Contains("0001-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scale_max_must_be_above_min()
    {
        Assert.Equal("max", Assert.Throws<ArgumentOutOfRangeException>(() => new MetricScale(5, 5)).ParamName);
        Assert.Equal("min", Assert.Throws<ArgumentOutOfRangeException>(() => new MetricScale(double.NaN, 5)).ParamName);
    }

    [Fact]
    public void Scope_names_at_most_one_id()
    {
        Assert.Throws<ArgumentException>(() => new MetricScope(journeyId: "j", touchpointId: "t"));
        Assert.True(MetricScope.None.IsNone);
        Assert.Equal("tp-chat", MetricScope.ForTouchpoint("tp-chat").TouchpointId);
    }

    [Fact]
    public void Relationship_metric_must_have_no_scope()
    {
        var ex = Assert.Throws<ArgumentException>(() => Metric("rnps", MetricTier.Relationship, MetricScope.ForJourney("support")));
        Assert.Equal("scope", ex.ParamName);
    }

    [Fact]
    public void Journey_metric_needs_a_journey_id_and_interaction_metric_a_stage_or_touchpoint()
    {
        Assert.Throws<ArgumentException>(() => Metric("j", MetricTier.Journey, MetricScope.ForStage("st")));
        Assert.Throws<ArgumentException>(() => Metric("i", MetricTier.Interaction, MetricScope.ForJourney("support")));
        Assert.Equal("st", Metric("i", MetricTier.Interaction, MetricScope.ForStage("st")).Scope.StageId);
    }

    [Fact]
    public void Nps_metric_defaults_to_the_0_10_scale_and_refuses_another()
    {
        Assert.Equal(MetricScale.ZeroToTen, Metric("n", MetricTier.Relationship, calculation: Calculation.Nps).Scale);
        var ex = Assert.Throws<ArgumentException>(() => Metric("n", MetricTier.Relationship, calculation: Calculation.Nps, scale: new MetricScale(1, 5)));
        Assert.Equal("scale", ex.ParamName);
    }

    [Fact]
    public void Top_box_metric_needs_a_threshold()
    {
        var ex = Assert.Throws<ArgumentException>(() => Metric("c", MetricTier.Interaction, calculation: Calculation.TopBox, scale: new MetricScale(1, 5)));
        Assert.Contains("scale.topBox is required", ex.Message);
        Assert.Equal(4, Metric("c", MetricTier.Interaction, calculation: Calculation.TopBox, scale: new MetricScale(1, 5, 4)).Scale!.TopBox);
    }

    [Fact]
    public void Undefined_enum_values_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Touchpoint("t", "T", (Channel)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OutcomeKpi("m", (OutcomeCategory)7));
    }

    [Fact]
    public void Journey_keeps_stages_in_order_and_refuses_duplicates()
    {
        var journey = new Journey("support", "Getting help", JourneyAudience.Customer,
            [new JourneyStage("st-2", "Resolve", 2), new JourneyStage("st-1", "Ask", 1, [new Touchpoint("tp-chat", "Chat", Channel.Chat, "chat-team")])],
            [new OutcomeKpi("support_sat", OutcomeCategory.Customer)]);
        Assert.Equal(["st-1", "st-2"], journey.Stages.Select(s => s.Id));
        Assert.Throws<ArgumentException>(() => new Journey("j", "J", JourneyAudience.Employee, [new JourneyStage("a", "A", 1), new JourneyStage("a", "B", 2)]));
        Assert.Throws<ArgumentException>(() => new Journey("j", "J", JourneyAudience.Employee, [new JourneyStage("a", "A", 1), new JourneyStage("b", "B", 1)]));
        Assert.Throws<ArgumentException>(() => new Journey("j", "J", JourneyAudience.Employee, outcomes: [new OutcomeKpi("m", OutcomeCategory.Business), new OutcomeKpi("m", OutcomeCategory.Customer)]));
    }

    [Fact]
    public void Link_may_not_point_to_itself_or_carry_a_nan_strength()
    {
        Assert.Throws<ArgumentException>(() => new MetricLink("a", "a"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MetricLink("a", "b", double.NaN));
        Assert.Equal(0.4, new MetricLink("a", "b").WithStrength(0.4).Strength);
    }

    [Fact]
    public void Response_defaults_weight_1_and_copies_its_values()
    {
        var values = new Dictionary<string, double> { ["nps"] = 9 };
        var response = new Response("r1", new DateOnly(2026, 10, 1), values);
        values["nps"] = 0;
        Assert.Equal(1, response.Weight);
        Assert.Equal(9, response.Values["nps"]);
        Assert.Empty(response.Segments);
    }

    [Fact]
    public void Response_refuses_a_non_positive_weight_and_a_nan_value()
    {
        Assert.Equal("weight", Assert.Throws<ArgumentOutOfRangeException>(() => new Response("r", new DateOnly(2026, 10, 1), new Dictionary<string, double>(), 0)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Response("r", new DateOnly(2026, 10, 1), new Dictionary<string, double> { ["m"] = double.NaN }));
    }
}
