namespace CxOkr.Linkage;

/// <summary>
/// Draws the respondents of one bootstrap resample. The default draws n rows with replacement from a seeded
/// SplitMix64 stream per resample (as the key-driver bootstrap does); a test injects fixed draws to compare
/// with a reference computed from the same rows.
/// </summary>
/// <threadsafety>Implementations must be thread-safe: resamples are drawn on several threads at once.</threadsafety>
public interface IRowResampler
{
    /// <summary>Fills <paramref name="counts"/> (all 0 on entry, one per row of the table) with how often each row is drawn in resample <paramref name="replicate"/>.</summary>
    /// <param name="replicate">The 0-based resample number.</param>
    /// <param name="counts">One count per row; their sum is the resample's size.</param>
    void Draw(int replicate, Span<int> counts);
}
