namespace CxOkr.Drivers;

/// <summary>Fits one model (logistic or ordinal) on any subset of the drivers of an <see cref="OutcomeModelData"/>.</summary>
internal interface IOutcomeFitter
{
    /// <summary>Parameters before the coefficients: 1 intercept, or K − 1 thresholds.</summary>
    int Alphas { get; }

    /// <summary>Log-likelihood of the null model (closed form).</summary>
    double NullLogLikelihood { get; }

    /// <summary>Fits the drivers <paramref name="columns"/> (ascending indexes), from <paramref name="start"/> or the default start when null.</summary>
    OutcomeFit Fit(int[] columns, double[]? start, bool covariance);
}
