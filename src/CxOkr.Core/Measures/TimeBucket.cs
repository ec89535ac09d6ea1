namespace CxOkr.Measures;

/// <summary>Calendar periods responses can be grouped by.</summary>
public enum TimeBucket
{
    /// <summary>One calendar day, labelled "2026-10-20".</summary>
    Day,

    /// <summary>One ISO 8601 week, Monday to Sunday, labelled "2026-W43" with the ISO week-numbering year.</summary>
    Week,

    /// <summary>One calendar month, labelled "2026-10".</summary>
    Month,

    /// <summary>One calendar quarter, labelled "2026-Q4".</summary>
    Quarter,
}
