namespace CxOkr.Journeys;

/// <summary>Which direction of a metric is an improvement.</summary>
public enum BetterWhen
{
    /// <summary>Higher values are better (NPS, CSAT).</summary>
    Higher,

    /// <summary>Lower values are better (effort, handle time, complaints).</summary>
    Lower,
}
