using CxOkr.Utilities;

namespace CxOkr.Linkage;

/// <summary>The default <see cref="IRowResampler"/>: n draws with replacement, resample b from its own SplitMix64 stream seeded with the seed and b, so results do not depend on the thread count.</summary>
/// <param name="seed">The seed.</param>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class SeededRowResampler(ulong seed) : IRowResampler
{
    /// <summary>The seed.</summary>
    public ulong Seed { get; } = seed;

    /// <inheritdoc/>
    public void Draw(int replicate, Span<int> counts)
    {
        var n = (ulong)counts.Length;
        var state = Seed ^ (0xD1B54A32D192ED03UL * (ulong)(replicate + 1));
        for (var i = 0; i < counts.Length; i++)
        {
            counts[(int)Math.BigMul(SplitMix64.Next(ref state), n, out _)]++;
        }
    }
}
