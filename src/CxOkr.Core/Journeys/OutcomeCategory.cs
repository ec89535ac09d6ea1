namespace CxOkr.Journeys;

/// <summary>What kind of outcome an <see cref="OutcomeKpi"/> measures.</summary>
public enum OutcomeCategory
{
    /// <summary>A business outcome (revenue, retention, cost to serve).</summary>
    Business,

    /// <summary>A customer outcome (satisfaction, effort, loyalty).</summary>
    Customer,

    /// <summary>An employee outcome (engagement, time to productivity).</summary>
    Employee,
}
