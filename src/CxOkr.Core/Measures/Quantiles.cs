using MathNet.Numerics.Distributions;

namespace CxOkr.Measures;

/// <summary>Two-sided critical values from Math.NET distributions.</summary>
internal static class Quantiles
{
    /// <summary>z such that P(|Z| &lt;= z) = confidence.</summary>
    public static double Normal(double confidence) =>
        MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));

    /// <summary>
    /// t such that P(|T_df| &lt;= t) = confidence; NaN when Math.NET's root finder cannot reach it, which
    /// happens for fractional degrees of freedom well below 1 (heavily unequal weights on few values),
    /// where the quantile is astronomically large anyway.
    /// </summary>
    public static double StudentT(double confidence, double degreesOfFreedom)
    {
        try
        {
            return MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - ((1 - confidence) / 2));
        }
        catch (MathNet.Numerics.NonConvergenceException)
        {
            return double.NaN;
        }
    }

    /// <summary>Two-sided p-value of a standard normal statistic.</summary>
    public static double TwoSidedP(double z) =>
        Math.Min(1, 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Abs(z)));

    /// <summary>Two-sided p-value of a Student t statistic, 2 P(T_df &gt; |t|) = I_{df/(df+t^2)}(df/2, 1/2).</summary>
    public static double TwoSidedT(double t, double degreesOfFreedom) =>
        Math.Min(1, MathNet.Numerics.SpecialFunctions.BetaRegularized(degreesOfFreedom / 2.0, 0.5, degreesOfFreedom / (degreesOfFreedom + (t * t))));

    /// <summary>P(B &lt;= k) for B ~ Binomial(n, 1/2).</summary>
    public static double BinomialHalfCdf(int n, int k) =>
        k < 0 ? 0 : Binomial.CDF(0.5, n, k);
}
