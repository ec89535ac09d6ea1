using CxOkr.Utilities;

namespace CxOkr.Drivers;

/// <summary>
/// The one order of drivers by importance, used wherever drivers are listed or ranked: the largest Shapley
/// share of R² first; shares equal to <see cref="TieDecimals"/> decimals tie and are ordered by name
/// (ordinal, case-sensitive), so the order is total and stable.
/// </summary>
/// <remarks>
/// Rounding to 12 decimals makes drivers of equal importance tie even when their shares differ by the
/// rounding noise of the Shapley engine (about 1e-16 per subset); 12 decimals are far below any difference
/// a reader could see in a share printed as a percentage with one decimal. Used by
/// <c>CxOkr.Alignment.KeyDriverRanking</c>, <see cref="KeyDriverBootstrapper"/> (which driver ranks first
/// in a replicate), and the tool's tables and reports. Thread-safe: stateless.
/// </remarks>
/// <threadsafety>Thread-safe: stateless; <see cref="Instance"/> may be shared.</threadsafety>
public sealed class DriverOrder : IComparer<DriverResult>
{
    /// <summary>Shares equal after rounding to this many decimals tie (and are then ordered by name).</summary>
    public const int TieDecimals = 12;

    private DriverOrder()
    {
    }

    /// <summary>The comparer of driver results by <see cref="DriverResult.ShapleyShare"/>, most important first.</summary>
    public static DriverOrder Instance { get; } = new();

    /// <summary>Compares two drivers given by name and importance share: negative when the first comes first.</summary>
    /// <param name="firstName">The first driver's name.</param>
    /// <param name="firstShare">The first driver's importance share.</param>
    /// <param name="secondName">The second driver's name.</param>
    /// <param name="secondShare">The second driver's importance share.</param>
    /// <returns>Negative when the first driver is more important (or, tied, its name sorts first), positive when the second is, zero for the same name and share.</returns>
    public static int Compare(string firstName, double firstShare, string secondName, double secondShare)
    {
        var c = Math.Round(secondShare, TieDecimals).CompareTo(Math.Round(firstShare, TieDecimals));
        return c != 0 ? c : string.CompareOrdinal(firstName, secondName);
    }

    /// <summary>The drivers in importance order (a new list; the input is not changed).</summary>
    /// <param name="drivers">The drivers of an analysis, in any order.</param>
    /// <returns>The drivers, most important first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="drivers"/> is null.</exception>
    public static IReadOnlyList<DriverResult> Sort(IEnumerable<DriverResult> drivers)
    {
        var list = Guard.NotNull(drivers).ToList();
        list.Sort(Instance);
        return list.AsReadOnly();
    }

    /// <summary>Compares two driver results by Shapley share, then name.</summary>
    /// <param name="x">The first driver.</param>
    /// <param name="y">The second driver.</param>
    /// <returns>As <see cref="Compare(string, double, string, double)"/>; a null driver sorts last.</returns>
    public int Compare(DriverResult? x, DriverResult? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        return Compare(x.Name, x.ShapleyShare, y.Name, y.ShapleyShare);
    }
}
