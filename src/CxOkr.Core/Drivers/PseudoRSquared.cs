namespace CxOkr.Drivers;

/// <summary>
/// Likelihood-based pseudo-R² of a logistic or ordinal model, with l the model's and l0 the null model's
/// log-likelihood and n the sum of the weights: McFadden 1 − l/l0; Cox and Snell 1 − exp(2(l0 − l)/n);
/// Nagelkerke = Cox-Snell / (1 − exp(2 l0/n)); Estrella 1 − (l/l0)^(−2 l0/n).
/// </summary>
/// <param name="McFadden">McFadden's (1974) 1 − l/l0.</param>
/// <param name="CoxSnell">Cox and Snell's (1989) 1 − exp(2(l0 − l)/n).</param>
/// <param name="Nagelkerke">Nagelkerke's (1991) Cox-Snell rescaled to a maximum of 1.</param>
/// <param name="Estrella">Estrella's (1998) 1 − (l/l0)^(−2 l0/n).</param>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record PseudoRSquared(double McFadden, double CoxSnell, double Nagelkerke, double Estrella)
{
    /// <summary>The four measures from the log-likelihoods and the sum of the weights.</summary>
    internal static PseudoRSquared Of(double logLikelihood, double nullLogLikelihood, double n)
    {
        var coxSnell = 1 - Math.Exp(2 * (nullLogLikelihood - logLikelihood) / n);
        return new PseudoRSquared(
            1 - (logLikelihood / nullLogLikelihood),
            coxSnell,
            coxSnell / (1 - Math.Exp(2 * nullLogLikelihood / n)),
            1 - Math.Pow(logLikelihood / nullLogLikelihood, -2 * nullLogLikelihood / n));
    }
}
