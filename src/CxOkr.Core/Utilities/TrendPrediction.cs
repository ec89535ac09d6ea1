using MathNet.Numerics.Distributions;

namespace CxOkr.Utilities;

/// <summary>
/// An ordinary least-squares line through points (x, y), evaluated at one x: the fitted value, the residual
/// standard deviation on n - 2 degrees of freedom and the standard errors of the fit and of a new
/// observation, as R's <c>predict(lm(y ~ x), newdata, se.fit = TRUE, interval = "prediction")</c>.
/// </summary>
/// <param name="N">The number of points.</param>
/// <param name="Mean">The fitted value at x.</param>
/// <param name="Sigma">The residual standard deviation s = sqrt(RSS / (n - 2)).</param>
/// <param name="SeFit">The standard error of the fitted mean at x: s sqrt(1/n + (x - mean x)^2 / Sxx).</param>
/// <param name="SePrediction">The standard error of a new observation at x: s sqrt(1 + 1/n + (x - mean x)^2 / Sxx).</param>
internal readonly record struct TrendPrediction(int N, double Mean, double Sigma, double SeFit, double SePrediction)
{
    /// <summary>The residual degrees of freedom, n - 2.</summary>
    public int DegreesOfFreedom => N - 2;

    /// <summary>Fits the line and predicts at <paramref name="at"/>.</summary>
    /// <param name="x">The x values.</param>
    /// <param name="y">The y values (as many as x).</param>
    /// <param name="at">Where to predict.</param>
    /// <returns>The prediction, or null with fewer than 3 points or all x equal.</returns>
    public static TrendPrediction? Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double at)
    {
        var n = x.Length;
        if (n < 3)
        {
            return null;
        }

        // Two passes with centred sums avoid the cancellation of the raw-sum formula.
        double sumX = 0, sumY = 0;
        for (var i = 0; i < n; i++)
        {
            sumX += x[i];
            sumY += y[i];
        }

        double meanX = sumX / n, meanY = sumY / n, sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = x[i] - meanX;
            sxx += dx * dx;
            sxy += dx * (y[i] - meanY);
        }

        if (!(sxx > 0))
        {
            return null;
        }

        var slope = sxy / sxx;
        double rss = 0;
        for (var i = 0; i < n; i++)
        {
            var residual = y[i] - meanY - (slope * (x[i] - meanX));
            rss += residual * residual;
        }

        var sigma = Math.Sqrt(rss / (n - 2));
        var leverage = (1.0 / n) + ((at - meanX) * (at - meanX) / sxx);
        return new TrendPrediction(n, meanY + (slope * (at - meanX)), sigma, sigma * Math.Sqrt(leverage), sigma * Math.Sqrt(1 + leverage));
    }

    /// <summary>
    /// The probability that a value drawn from Student's t on <see cref="DegreesOfFreedom"/> degrees of freedom,
    /// centred on <see cref="Mean"/> with scale <paramref name="scale"/>, is at least (or at most) <paramref name="target"/>.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="higherIsBetter">True for P(Y &gt;= target), false for P(Y &lt;= target).</param>
    /// <param name="scale">The scale of the distribution (a standard error).</param>
    /// <returns>The probability in [0, 1]; with a zero scale 1 when the mean reaches the target (up to rounding, <see cref="Boundary"/>), else 0.</returns>
    public double Probability(double target, bool higherIsBetter, double scale)
    {
        if (!(scale > 0))
        {
            return higherIsBetter
                ? (Boundary.AtLeast(Mean, target) ? 1 : 0)
                : (Boundary.AtMost(Mean, target) ? 1 : 0);
        }

        // P(Y >= target) = F((mean - target) / scale) by the symmetry of t: no 1 - F cancellation.
        var t = higherIsBetter ? (Mean - target) / scale : (target - Mean) / scale;
        return Math.Clamp(StudentT.CDF(0, 1, DegreesOfFreedom, t), 0, 1);
    }
}
