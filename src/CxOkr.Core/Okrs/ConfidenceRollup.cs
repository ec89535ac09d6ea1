namespace CxOkr.Okrs;

/// <summary>How an objective's confidence is made from its key results' latest confidences (see docs/scoring.md).</summary>
public enum ConfidenceRollup
{
    /// <summary>The lowest confidence: an objective is as sure as its least sure key result (the default).</summary>
    Weakest,

    /// <summary>The mean of the confidences weighted by the key results' weights.</summary>
    WeightedMean,

    /// <summary>The product of the confidences, as if the key results succeeded independently.</summary>
    Product,
}
