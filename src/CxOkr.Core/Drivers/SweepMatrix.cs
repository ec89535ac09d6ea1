using System.Numerics;

namespace CxOkr.Drivers;

/// <summary>
/// The sweep operator (Goodnight 1979) on a dense symmetric matrix stored row-major with a padded
/// stride, the inner step of all-subsets regression.
/// </summary>
internal static class SweepMatrix
{
    /// <summary>
    /// Smallest absolute pivot the sweep divides by. Drivers whose tolerance (1 − R² on the other drivers)
    /// is below <see cref="KeyDriverOptions.AliasTolerance"/> never reach the engine, so every pivot of an
    /// exact subset is at least that large; this floor only stops rounding drift from producing an
    /// infinity or NaN.
    /// </summary>
    public const double PivotFloor = 1e-14;

    /// <summary>Row stride for an m×m matrix: m rounded up to a whole number of SIMD lanes.</summary>
    public static int Stride(int m) => (m + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;

    /// <summary>Sweeps (adds to the model) or reverse-sweeps (removes) pivot <paramref name="k"/>.</summary>
    public static void Sweep(Span<double> a, int m, int stride, int k, bool reverse)
    {
        var rowK = a.Slice(k * stride, stride);
        var d = rowK[k];
        if (Math.Abs(d) < PivotFloor)
        {
            d = d < 0 ? -PivotFloor : PivotFloor;
        }

        var inv = 1.0 / d;
        for (var i = 0; i < m; i++)
        {
            if (i == k)
            {
                continue;
            }

            var rowI = a.Slice(i * stride, stride);
            var f = rowI[k] * inv;
            if (f == 0)
            {
                continue;
            }

            SubtractScaled(rowI, rowK, f);
            rowI[k] = reverse ? -f : f;
        }

        var scale = reverse ? -inv : inv;
        for (var j = 0; j < m; j++)
        {
            rowK[j] *= scale;
        }

        rowK[k] = -inv;
    }

    private static void SubtractScaled(Span<double> target, ReadOnlySpan<double> source, double factor)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var f = new Vector<double>(factor);
            for (; i <= target.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var t = new Vector<double>(target.Slice(i));
                var s = new Vector<double>(source.Slice(i));
                (t - (f * s)).CopyTo(target.Slice(i));
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] -= factor * source[i];
        }
    }
}
