using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    /// exact subset is at least about that large; this floor only stops rounding drift from producing an
    /// infinity or NaN.
    /// </summary>
    public const double PivotFloor = 1e-14;

    private const int Lanes = 4;

    /// <summary>Row stride for an m×m matrix: m rounded up to a whole number of 256-bit lanes.</summary>
    public static int Stride(int m) => (m + Lanes - 1) / Lanes * Lanes;

    /// <summary>Sweeps (adds to the model) or reverse-sweeps (removes) pivot <paramref name="k"/>.</summary>
    /// <remarks>Sweep: a_ij −= a_ik a_kj / d, a_ik = a_ik / d, a_kj = a_kj / d, a_kk = −1/d; the reverse sweep
    /// negates the pivot row and column instead, so that it undoes the sweep exactly in exact arithmetic.</remarks>
    public static void Sweep(Span<double> a, int m, int stride, int k, bool reverse)
    {
        ref var origin = ref MemoryMarshal.GetReference(a);
        ref var rowK = ref Unsafe.Add(ref origin, k * stride);
        var d = Unsafe.Add(ref rowK, k);
        if (Math.Abs(d) < PivotFloor)
        {
            d = d < 0 ? -PivotFloor : PivotFloor;
        }

        var inv = 1.0 / d;
        var vectorised = Vector256.IsHardwareAccelerated;
        for (var i = 0; i < m; i++)
        {
            if (i == k)
            {
                continue;
            }

            ref var rowI = ref Unsafe.Add(ref origin, i * stride);
            var f = Unsafe.Add(ref rowI, k) * inv;
            if (f == 0)
            {
                continue;
            }

            if (vectorised)
            {
                var fv = Vector256.Create(f);
                for (var j = 0; j < stride; j += Lanes)
                {
                    var t = Vector256.LoadUnsafe(ref rowI, (nuint)j);
                    var s = Vector256.LoadUnsafe(ref rowK, (nuint)j);
                    (t - (fv * s)).StoreUnsafe(ref rowI, (nuint)j);
                }
            }
            else
            {
                for (var j = 0; j < m; j++)
                {
                    Unsafe.Add(ref rowI, j) -= f * Unsafe.Add(ref rowK, j);
                }
            }

            Unsafe.Add(ref rowI, k) = reverse ? -f : f;
        }

        var scale = reverse ? -inv : inv;
        for (var j = 0; j < m; j++)
        {
            Unsafe.Add(ref rowK, j) *= scale;
        }

        Unsafe.Add(ref rowK, k) = -inv;
    }
}
