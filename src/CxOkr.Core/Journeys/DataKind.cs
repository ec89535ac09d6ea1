namespace CxOkr.Journeys;

/// <summary>The kind of data a metric is computed from.</summary>
public enum DataKind
{
    /// <summary>What people say: survey answers, reviews, comments (X-data).</summary>
    Experience,

    /// <summary>What people do: clicks, purchases, renewals.</summary>
    Behavioral,

    /// <summary>What the organisation does: handle times, backlog, uptime (O-data).</summary>
    Operational,
}
