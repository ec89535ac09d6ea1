namespace CxOkr.Drivers;

/// <summary>
/// A cumulative-logit (proportional odds) key-driver analysis, logit P(Y ≤ j) = θ_j − x'b in the
/// parametrisation of R's <c>MASS::polr</c> and <c>ordinal::clm</c>: thresholds, per-driver coefficients
/// (positive = higher levels more likely), Wald tests, odds ratios and Shapley shares of McFadden's R².
/// </summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class OrdinalDriverResult : OutcomeDriverResult
{
    internal OrdinalDriverResult(OutcomeModelData model, DriverTable data, IOutcomeFitter fitter, OutcomeDriverAnalyzer.Common common)
        : base(model, data, fitter, common)
    {
    }

    /// <summary>The ordered levels of the outcome (its distinct values, sorted), labelled as written in the data.</summary>
    public IReadOnlyList<string> Levels { get; internal init; } = System.Collections.ObjectModel.ReadOnlyCollection<string>.Empty;

    /// <summary>The thresholds θ_1 &lt; … &lt; θ_{K−1} between consecutive levels.</summary>
    public IReadOnlyList<OrdinalThreshold> Thresholds { get; internal init; } = System.Collections.ObjectModel.ReadOnlyCollection<OrdinalThreshold>.Empty;
}
