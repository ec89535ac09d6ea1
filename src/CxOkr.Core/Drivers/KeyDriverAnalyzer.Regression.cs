namespace CxOkr.Drivers;

/// <summary>The regression alone (no importance measures), for analyses that need R's <c>lm</c> table only.</summary>
public sealed partial class KeyDriverAnalyzer
{
    /// <summary>
    /// Least squares of the outcome (column 0 of the accumulator) on the drivers (columns 1..p), as R's
    /// <c>lm(y ~ ., weights = w)</c>: coefficient, standard error, t and two-sided p of each driver, with an
    /// aliased (constant or collinear) driver's entries <see langword="null"/> as R's <c>NA</c>. The same alias
    /// rule and fit as <see cref="Analyze(CovarianceAccumulator, string, IReadOnlyList{string}, IProgress{double}?, CancellationToken)"/>.
    /// </summary>
    /// <exception cref="Data.DataFormatException">Too few rows, a constant outcome, no usable driver, or an exact fit.</exception>
    internal LinearRegression Regress(CovarianceAccumulator acc, string outcome, IReadOnlyList<string> drivers)
    {
        var m = drivers.Count + 1;
        var c = acc.CoMoments.ToArray();
        var means = acc.Means.ToArray();
        var n = acc.Count;
        CheckRowCount(n, drivers.Count, null);
        if (IsConstant(c, means, m, acc.SumOfWeights, 0))
        {
            throw new Data.DataFormatException($"the outcome '{outcome}' is constant over the {n} rows used.");
        }

        var corr = Correlations(c, m);
        var (active, _) = Alias(c, means, corr, acc.SumOfWeights, drivers);
        var fit = Fit.Of(corr, m, active, n, c[0], outcome);
        var terms = new LinearRegression.Term[drivers.Count];
        for (var j = 0; j < drivers.Count; j++)
        {
            terms[j] = new LinearRegression.Term(drivers[j], null, null, null, null);
        }

        var intercept = means[0];
        for (var a = 0; a < active.Count; a++)
        {
            var j = active[a] + 1;
            var cjj = c[(j * m) + j];
            var coefficient = fit.Beta[a] * Math.Sqrt(c[0] / cjj);
            var se = Math.Sqrt(fit.Sigma2 * fit.Inverse[a, a] / cjj);
            var t = coefficient / se;
            terms[active[a]] = new LinearRegression.Term(drivers[active[a]], coefficient, se, t, TwoSidedT(t, fit.Df));
            intercept -= coefficient * means[j];
        }

        return new LinearRegression(intercept, fit.RSquared, n, terms);
    }

    /// <summary>An <c>lm</c> table: intercept, R², rows used and one term per driver (null entries when aliased).</summary>
    internal sealed record LinearRegression(double Intercept, double RSquared, long N, IReadOnlyList<LinearRegression.Term> Terms)
    {
        /// <summary>One driver's row of the table.</summary>
        internal sealed record Term(string Name, double? Coefficient, double? StandardError, double? T, double? P);
    }
}
