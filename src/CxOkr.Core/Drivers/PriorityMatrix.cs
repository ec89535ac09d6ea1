using CxOkr.Utilities;

namespace CxOkr.Drivers;

/// <summary>The one rule of the importance-performance (priority) matrix, shared by the linear, logistic and ordinal analyses.</summary>
internal static class PriorityMatrix
{
    /// <summary>The quadrant of a driver: importance share and performance against their thresholds; equal up to rounding (<see cref="Boundary"/>) counts as high.</summary>
    public static Quadrant Place(double share, double performance, double importanceThreshold, double performanceThreshold) =>
        (Boundary.AtLeast(share, importanceThreshold), Boundary.AtLeast(performance, performanceThreshold)) switch
        {
            (true, false) => Quadrant.Focus,
            (true, true) => Quadrant.Maintain,
            (false, false) => Quadrant.Monitor,
            _ => Quadrant.Promote,
        };

    /// <summary>A mean rescaled to 0-100 from [low, high]; for a driver whose lower values are better, 100 minus it, so that high performance is always good.</summary>
    public static double Performance(double mean, double low, double high, bool lowerIsBetter)
    {
        var performance = 100.0 * (mean - low) / (high - low);
        return lowerIsBetter ? 100.0 - performance : performance;
    }
}
