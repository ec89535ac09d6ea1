using CxOkr.Okrs;
using CxOkr.Utilities;

namespace CxOkr;

/// <summary>
/// Scores a whole <see cref="Workspace"/> in one call. In the namespace of <see cref="Workspace"/> (which
/// depends on <c>CxOkr.Okrs</c>), so that <c>CxOkr.Okrs</c> does not depend back on it.
/// </summary>
/// <threadsafety>Thread-safe as the scorer it extends.</threadsafety>
public static class OkrScorerExtensions
{
    /// <summary>Scores every objective of <paramref name="workspace"/> against its periods on <paramref name="asOf"/>.</summary>
    /// <param name="scorer">The scorer.</param>
    /// <param name="workspace">The workspace.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The scorecard, objectives in the workspace's order; the same as <c>scorer.Score(workspace.Objectives, workspace.Periods, asOf)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorer"/> or <paramref name="workspace"/> is null.</exception>
    /// <exception cref="ArgumentException">Two objectives share an id, or an objective names a period the workspace does not hold (a leniently read workspace may).</exception>
    public static OkrScorecard Score(this IOkrScorer scorer, Workspace workspace, DateOnly asOf)
    {
        Guard.NotNull(scorer);
        Guard.NotNull(workspace);
        return scorer.Score(workspace.Objectives, workspace.Periods, asOf);
    }
}
