namespace CxOkr.Utilities;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a tiny counter-based generator whose streams depend only on
/// their seed, so that sampling and resampling give the same numbers on any number of threads.
/// </summary>
internal static class SplitMix64
{
    public static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
