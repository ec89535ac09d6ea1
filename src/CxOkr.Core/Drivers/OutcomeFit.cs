namespace CxOkr.Drivers;

/// <summary>
/// One maximum-likelihood fit of a logistic or ordinal model on a subset of drivers: the parameters
/// (intercept or thresholds first, then the coefficients of the subset's drivers in driver order, all on
/// centred drivers), the log-likelihood, and how the iterations ended. <see cref="Covariance"/> (row-major
/// inverse information) only when asked for.
/// </summary>
internal sealed record OutcomeFit(double[] Parameters, double LogLikelihood, int Iterations, bool Converged, bool Boundary, double[]? Covariance)
{
    /// <summary>Whether the estimates are finite maximum-likelihood estimates: converged, no fitted probability numerically 0 or 1.</summary>
    public bool Proper => Converged && !Boundary;
}
