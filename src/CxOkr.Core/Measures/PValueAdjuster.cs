namespace CxOkr.Measures;

/// <summary>Adjusts a family of p-values for multiplicity exactly as R's <c>p.adjust</c> does.</summary>
/// <remarks>
/// With m p-values sorted ascending p_(1) &lt;= ... &lt;= p_(m):
/// Holm (1979): adj_(i) = min(1, max_{k &lt;= i} (m - k + 1) p_(k));
/// Benjamini-Hochberg (1995): adj_(i) = min(1, min_{k &gt;= i} m p_(k) / k).
/// Holm's adjusted p is never below BH's, and neither is below the raw p.
/// Holm, S. (1979). A simple sequentially rejective multiple test procedure. Scand. J. Statist. 6, 65-70.
/// Benjamini, Y. and Hochberg, Y. (1995). Controlling the false discovery rate. JRSS B 57, 289-300.
/// </remarks>
/// <threadsafety>Thread-safe: static and stateless.</threadsafety>
public static class PValueAdjuster
{
    /// <summary>Adjusts <paramref name="pValues"/> by <paramref name="method"/>.</summary>
    /// <param name="pValues">The raw p-values, each in [0, 1]; may be empty.</param>
    /// <param name="method">The adjustment.</param>
    /// <returns>The adjusted p-values in the order given, each in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A p-value is outside [0, 1] or NaN, or the method is undefined.</exception>
    public static IReadOnlyList<double> Adjust(IReadOnlyList<double> pValues, PValueAdjustment method)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        Utilities.Guard.Defined(method);
        var m = pValues.Count;
        for (var k = 0; k < m; k++)
        {
            if (!(pValues[k] >= 0 && pValues[k] <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(pValues), pValues[k], $"pValues[{k}] ({pValues[k]}) must be in [0, 1].");
            }
        }

        var adjusted = pValues.ToArray();
        if (method == PValueAdjustment.None || m == 0)
        {
            return Array.AsReadOnly(adjusted);
        }

        // Ascending by p, ties in input order (R's order() is stable; tied p's get equal adjusted values anyway).
        var order = Enumerable.Range(0, m).OrderBy(k => pValues[k]).ToArray();
        if (method == PValueAdjustment.Holm)
        {
            var running = 0.0;
            for (var i = 0; i < m; i++)
            {
                running = Math.Max(running, (m - i) * pValues[order[i]]);
                adjusted[order[i]] = Math.Min(1, running);
            }
        }
        else
        {
            var running = double.PositiveInfinity;
            for (var i = m - 1; i >= 0; i--)
            {
                running = Math.Min(running, (double)m / (i + 1) * pValues[order[i]]);
                adjusted[order[i]] = Math.Min(1, running);
            }
        }

        return Array.AsReadOnly(adjusted);
    }
}
