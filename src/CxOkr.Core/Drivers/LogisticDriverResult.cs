namespace CxOkr.Drivers;

/// <summary>
/// A binary logistic key-driver analysis (logit P(Y = 1) = a + x'b, maximum likelihood by IRLS as R's
/// <c>glm(family = binomial)</c> with prior weights): intercept, per-driver coefficients, Wald tests, odds
/// ratios and Shapley shares of McFadden's R². See docs/outcome-drivers.md.
/// </summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class LogisticDriverResult : OutcomeDriverResult
{
    internal LogisticDriverResult(OutcomeModelData model, DriverTable data, IOutcomeFitter fitter, OutcomeDriverAnalyzer.Common common)
        : base(model, data, fitter, common)
    {
    }

    /// <summary>The intercept a.</summary>
    public double Intercept { get; internal init; }

    /// <summary>Standard error of <see cref="Intercept"/>.</summary>
    public double InterceptStandardError { get; internal init; }
}
