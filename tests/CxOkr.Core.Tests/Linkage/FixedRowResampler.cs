using CxOkr.Linkage;

namespace CxOkr.Tests.Linkage;

/// <summary>Draws the given rows for each resample: the injected resampling of the reference bootstrap.</summary>
internal sealed class FixedRowResampler(int[][] indices) : IRowResampler
{
    public void Draw(int replicate, Span<int> counts)
    {
        foreach (var row in indices[replicate])
        {
            counts[row]++;
        }
    }
}
