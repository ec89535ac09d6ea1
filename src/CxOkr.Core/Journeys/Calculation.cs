namespace CxOkr.Journeys;

/// <summary>How a metric's value is computed from response values; see docs/metrics.md.</summary>
public enum Calculation
{
    /// <summary>Net Promoter Score on a 0-10 scale: percent promoters (9-10) minus percent detractors (0-6).</summary>
    Nps,

    /// <summary>Percent of answers at or above the scale's top-box threshold (e.g. CSAT 4-5 of 5).</summary>
    TopBox,

    /// <summary>Weighted mean (e.g. CES on 1-7, handle time).</summary>
    Mean,

    /// <summary>Percent of 0/1 answers that are 1.</summary>
    Proportion,

    /// <summary>Weighted median, with a distribution-free interval for unweighted data.</summary>
    Median,

    /// <summary>Weighted sum of the values.</summary>
    Sum,

    /// <summary>Weighted count of responses that carry a value.</summary>
    Count,
}
