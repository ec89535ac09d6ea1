namespace CxOkr.Journeys;

/// <summary>
/// The level a <see cref="MetricDefinition"/> measures at. Values are ordered from the most specific to the
/// most general: interaction metrics feed journey metrics, which feed relationship metrics.
/// </summary>
public enum MetricTier
{
    /// <summary>One touchpoint or stage (chat CSAT, handle time).</summary>
    Interaction = 0,

    /// <summary>A whole journey (journey satisfaction, onboarding NPS).</summary>
    Journey = 1,

    /// <summary>The overall relationship (relationship NPS, retention).</summary>
    Relationship = 2,
}
