namespace CxOkr.Drivers;

/// <summary>How Shapley (LMG) values and dominance statistics are computed.</summary>
public enum ShapleyMethod
{
    /// <summary>Exact for up to <see cref="KeyDriverOptions.MaxExactDrivers"/> drivers, permutation sampling above.</summary>
    Auto = 0,

    /// <summary>Always exact (all 2^p − 1 subsets); refused above 40 drivers.</summary>
    Exact = 1,

    /// <summary>Always the permutation-sampling estimator, with a standard error per driver.</summary>
    Sampling = 2,
}
