using CxOkr.Data;

namespace CxOkr.Drivers;

public sealed partial class KeyDriverAnalyzer
{
    /// <summary>
    /// The least-squares fit alone (as R's <c>lm</c>, weights as <c>weights=</c>): each predictor's coefficient,
    /// standard error and two-sided t p-value, with aliased or constant predictors left out (null), by the same
    /// aliasing rule and fit as <see cref="Analyze(ColumnTable, KeyDriverSpecification, IProgress{double}?, CancellationToken)"/>
    /// but without importance measures, so it serves models with many predictors (dummy codings).
    /// </summary>
    /// <param name="statistics">Co-moments of the outcome (column 0) and the predictors.</param>
    /// <param name="outcome">The outcome's name, for messages.</param>
    /// <param name="predictors">The predictors' names, one per column after the outcome.</param>
    /// <returns>One entry per predictor (null when aliased), the intercept and the residual degrees of freedom.</returns>
    /// <exception cref="DataFormatException">Too few rows, a constant outcome, no usable predictor, or an exact fit.</exception>
    internal RegressionFit Regress(CovarianceAccumulator statistics, string outcome, IReadOnlyList<string> predictors)
    {
        var m = predictors.Count + 1;
        CheckRowCount(statistics.Count, predictors.Count, null);
        var c = statistics.CoMoments.ToArray();
        var means = statistics.Means.ToArray();
        if (IsConstant(c, means, m, statistics.SumOfWeights, 0))
        {
            throw new DataFormatException($"the outcome '{outcome}' is constant over the {statistics.Count} rows used.");
        }

        var corr = Correlations(c, m);
        var (active, _) = Alias(c, means, corr, statistics.SumOfWeights, predictors);
        var fit = Fit.Of(corr, m, active, statistics.Count, c[0], outcome);
        var terms = new RegressionTerm?[predictors.Count];
        var intercept = means[0];
        for (var a = 0; a < active.Count; a++)
        {
            var j = active[a] + 1;
            var cjj = c[(j * m) + j];
            var coefficient = fit.Beta[a] * Math.Sqrt(c[0] / cjj);
            var se = Math.Sqrt(fit.Sigma2 * fit.Inverse[a, a] / cjj);
            terms[active[a]] = new RegressionTerm(coefficient, se, TwoSidedT(coefficient / se, fit.Df));
            intercept -= coefficient * means[j];
        }

        return new RegressionFit(terms, intercept, fit.Df);
    }
}

/// <summary>One predictor's least-squares estimate.</summary>
internal sealed record RegressionTerm(double Coefficient, double StandardError, double P);

/// <summary>A least-squares fit: terms in predictor order (null for aliased predictors), intercept, residual df.</summary>
internal sealed record RegressionFit(IReadOnlyList<RegressionTerm?> Terms, double Intercept, long Df);
