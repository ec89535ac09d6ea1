namespace CxOkr.Measures;

/// <summary>How the confidence interval of a Net Promoter Score is computed.</summary>
public enum NpsIntervalMethod
{
    /// <summary>Wald: NPS plus or minus z standard errors, clipped to [-100, 100].</summary>
    Wald,

    /// <summary>
    /// Adjusted Wald of Rocks (2016): add 0.75 promoters and 0.75 detractors (n + 3) before the Wald
    /// computation; the result's value is then the adjusted estimate.
    /// </summary>
    AdjustedWald,
}
