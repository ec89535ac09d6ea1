using CxOkr.Journeys;

namespace CxOkr.Storage.Testing;

/// <summary>A small journey map (metrics of every tier, links up the tiers, one journey) and responses used by the contract tests.</summary>
public static class JourneySamples
{
    /// <summary>Relationship NPS, two journey metrics of the onboarding journey, and two interaction metrics; every optional field set somewhere.</summary>
    /// <returns>The metrics, in creation order.</returns>
    public static IReadOnlyList<MetricDefinition> Metrics() =>
    [
        new("nps", "Net Promoter Score", MetricTier.Relationship, null, DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Nps, source: "relationship survey"),
        new("onboarding_ces", "Onboarding effort", MetricTier.Journey, MetricScope.ForJourney("onboarding"), DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean, new MetricScale(1, 7), BetterWhen.Lower),
        new("onboarding_csat", "Onboarding satisfaction", MetricTier.Journey, MetricScope.ForJourney("onboarding"), DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.TopBox, new MetricScale(1, 5, 4)),
        new("setup_time", "Setup call length", MetricTier.Interaction, MetricScope.ForTouchpoint("tp-setup-call"), DataKind.Operational, Collection.Unsolicited, Structure.Structured, Calculation.Mean, null, BetterWhen.Lower, "s", "crm"),
        new("ease", "Ease of setup", MetricTier.Interaction, MetricScope.ForStage("stage-setup"), DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean, new MetricScale(1, 5)),
    ];

    /// <summary>Links up the tiers: the interaction metrics feed onboarding effort, both journey metrics feed NPS.</summary>
    /// <returns>The links, in creation order.</returns>
    public static IReadOnlyList<MetricLink> Links() =>
    [
        new("setup_time", "onboarding_ces", 0.4),
        new("ease", "onboarding_ces"),
        new("onboarding_ces", "nps", 0.55),
        new("onboarding_csat", "nps", 0.1 + 0.2),
    ];

    /// <summary>The onboarding journey: two stages (given out of order), touchpoints on two channels, one outcome.</summary>
    /// <param name="name">The journey's name.</param>
    /// <returns>The journey.</returns>
    public static Journey Onboarding(string name = "Onboarding") =>
        new(
            "onboarding",
            name,
            JourneyAudience.Customer,
            [
                new JourneyStage("stage-setup", "Set up", 2, [new Touchpoint("tp-setup-call", "Setup call", Channel.Phone, "support")]),
                new JourneyStage("stage-welcome", "Welcome", 1, [new Touchpoint("tp-welcome-email", "Welcome email", Channel.Email)]),
            ],
            [new OutcomeKpi("nps", OutcomeCategory.Customer)]);

    /// <summary>An employee journey with no stages or outcomes.</summary>
    /// <returns>The journey.</returns>
    public static Journey StaffOnboarding() => new("staff-onboarding", "Staff onboarding", JourneyAudience.Employee);

    /// <summary>A response of the onboarding journey with NPS, effort and ease answered.</summary>
    /// <param name="respondentId">The respondent's id.</param>
    /// <param name="date">The date.</param>
    /// <param name="nps">The NPS answer.</param>
    /// <param name="journeyId">The journey, or null.</param>
    /// <returns>The response.</returns>
    public static Response Response(string respondentId, DateOnly date, double nps = 9, string? journeyId = "onboarding") =>
        new(
            respondentId,
            date,
            new Dictionary<string, double> { ["nps"] = nps, ["onboarding_ces"] = 0.1 + 0.2, ["ease"] = 1e-300 },
            weight: 2.5,
            journeyId: journeyId,
            segments: new Dictionary<string, string> { ["region"] = "EMEA", ["plan"] = "pro \"plus\" ü" });

    /// <summary>Describes a response in one line (every field; values and segments by key), for equality checks.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The description.</returns>
    public static string Describe(Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var values = string.Join(",", response.Values.OrderBy(static p => p.Key, StringComparer.Ordinal).Select(static p => $"{p.Key}={p.Value:R}"));
        var segments = string.Join(",", response.Segments.OrderBy(static p => p.Key, StringComparer.Ordinal).Select(static p => $"{p.Key}={p.Value}"));
        return $"{response.RespondentId}|{response.Date:yyyy-MM-dd}|{response.JourneyId ?? "-"}|{response.Weight:R}|{values}|{segments}";
    }
}
