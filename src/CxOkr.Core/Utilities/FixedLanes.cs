using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CxOkr.Utilities;

/// <summary>
/// Sums and dot products whose result does not depend on the hardware's vector width: every path adds the same
/// terms into the same eight logical lanes (lane l takes elements l, l + 8, l + 16, …, in order) and reduces the
/// lanes in one fixed order, then adds the tail in order. The 256-bit path keeps the lanes in two
/// <see cref="Vector256{T}"/>, the 128-bit path in four <see cref="Vector128{T}"/>, the scalar path in eight
/// doubles; multiplications and additions are separate IEEE operations (no fused multiply-add), so the three
/// paths, a JIT on a machine with AVX2 and a Native AOT build for the baseline instruction set give bit-identical
/// results.
/// </summary>
internal static class FixedLanes
{
    /// <summary>How many logical lanes every path keeps.</summary>
    public const int Lanes = 8;

    /// <summary>The widest path this process's hardware runs natively.</summary>
    public static VectorPath Best { get; } =
        Vector256.IsHardwareAccelerated ? VectorPath.Vector256 : (Vector128.IsHardwareAccelerated ? VectorPath.Vector128 : VectorPath.Scalar);

    /// <summary>Σ x_i y_i in the fixed lane order.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y) => Dot(x, y, Best);

    /// <summary>Σ x_i in the fixed lane order.</summary>
    public static double Sum(ReadOnlySpan<double> x) => Sum(x, Best);

    /// <summary>Σ x_i y_i in the fixed lane order, on the given path (the tests compare the paths).</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y, VectorPath path)
    {
        if (y.Length != x.Length)
        {
            throw new ArgumentException($"{x.Length} and {y.Length} values.", nameof(y));
        }

        var end = x.Length / Lanes * Lanes;
        Span<double> lanes = stackalloc double[Lanes];
        lanes.Clear();
        if (path == VectorPath.Vector256)
        {
            Dot256(x, y, end, lanes);
        }
        else if (path == VectorPath.Vector128)
        {
            Dot128(x, y, end, lanes);
        }
        else
        {
            for (var b = 0; b < end; b += Lanes)
            {
                for (var l = 0; l < Lanes; l++)
                {
                    lanes[l] += x[b + l] * y[b + l];
                }
            }
        }

        var sum = Reduce(lanes);
        for (var i = end; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    /// <summary>Σ x_i in the fixed lane order, on the given path (the tests compare the paths).</summary>
    public static double Sum(ReadOnlySpan<double> x, VectorPath path)
    {
        var end = x.Length / Lanes * Lanes;
        Span<double> lanes = stackalloc double[Lanes];
        lanes.Clear();
        if (path == VectorPath.Vector256)
        {
            Sum256(x, end, lanes);
        }
        else if (path == VectorPath.Vector128)
        {
            Sum128(x, end, lanes);
        }
        else
        {
            for (var b = 0; b < end; b += Lanes)
            {
                for (var l = 0; l < Lanes; l++)
                {
                    lanes[l] += x[b + l];
                }
            }
        }

        var sum = Reduce(lanes);
        for (var i = end; i < x.Length; i++)
        {
            sum += x[i];
        }

        return sum;
    }

    /// <summary>The one reduction order: ((l0 + l4) + (l1 + l5)) + ((l2 + l6) + (l3 + l7)).</summary>
    public static double Reduce(ReadOnlySpan<double> lanes) =>
        ((lanes[0] + lanes[4]) + (lanes[1] + lanes[5])) + ((lanes[2] + lanes[6]) + (lanes[3] + lanes[7]));

    /// <summary>The four lanes of a vector added in a fixed order: (v0 + v2) + (v1 + v3).</summary>
    public static double Reduce(Vector256<double> v) =>
        (v.GetElement(0) + v.GetElement(2)) + (v.GetElement(1) + v.GetElement(3));

    private static void Dot256(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int end, Span<double> lanes)
    {
        ref var xs = ref MemoryMarshal.GetReference(x);
        ref var ys = ref MemoryMarshal.GetReference(y);
        var s0 = Vector256<double>.Zero;
        var s1 = Vector256<double>.Zero;
        for (nuint b = 0; b < (nuint)end; b += Lanes)
        {
            s0 += Vector256.LoadUnsafe(ref xs, b) * Vector256.LoadUnsafe(ref ys, b);
            s1 += Vector256.LoadUnsafe(ref xs, b + 4) * Vector256.LoadUnsafe(ref ys, b + 4);
        }

        s0.CopyTo(lanes);
        s1.CopyTo(lanes[4..]);
    }

    private static void Dot128(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int end, Span<double> lanes)
    {
        ref var xs = ref MemoryMarshal.GetReference(x);
        ref var ys = ref MemoryMarshal.GetReference(y);
        var s0 = Vector128<double>.Zero;
        var s1 = Vector128<double>.Zero;
        var s2 = Vector128<double>.Zero;
        var s3 = Vector128<double>.Zero;
        for (nuint b = 0; b < (nuint)end; b += Lanes)
        {
            s0 += Vector128.LoadUnsafe(ref xs, b) * Vector128.LoadUnsafe(ref ys, b);
            s1 += Vector128.LoadUnsafe(ref xs, b + 2) * Vector128.LoadUnsafe(ref ys, b + 2);
            s2 += Vector128.LoadUnsafe(ref xs, b + 4) * Vector128.LoadUnsafe(ref ys, b + 4);
            s3 += Vector128.LoadUnsafe(ref xs, b + 6) * Vector128.LoadUnsafe(ref ys, b + 6);
        }

        s0.CopyTo(lanes);
        s1.CopyTo(lanes[2..]);
        s2.CopyTo(lanes[4..]);
        s3.CopyTo(lanes[6..]);
    }

    private static void Sum256(ReadOnlySpan<double> x, int end, Span<double> lanes)
    {
        ref var xs = ref MemoryMarshal.GetReference(x);
        var s0 = Vector256<double>.Zero;
        var s1 = Vector256<double>.Zero;
        for (nuint b = 0; b < (nuint)end; b += Lanes)
        {
            s0 += Vector256.LoadUnsafe(ref xs, b);
            s1 += Vector256.LoadUnsafe(ref xs, b + 4);
        }

        s0.CopyTo(lanes);
        s1.CopyTo(lanes[4..]);
    }

    private static void Sum128(ReadOnlySpan<double> x, int end, Span<double> lanes)
    {
        ref var xs = ref MemoryMarshal.GetReference(x);
        var s0 = Vector128<double>.Zero;
        var s1 = Vector128<double>.Zero;
        var s2 = Vector128<double>.Zero;
        var s3 = Vector128<double>.Zero;
        for (nuint b = 0; b < (nuint)end; b += Lanes)
        {
            s0 += Vector128.LoadUnsafe(ref xs, b);
            s1 += Vector128.LoadUnsafe(ref xs, b + 2);
            s2 += Vector128.LoadUnsafe(ref xs, b + 4);
            s3 += Vector128.LoadUnsafe(ref xs, b + 6);
        }

        s0.CopyTo(lanes);
        s1.CopyTo(lanes[2..]);
        s2.CopyTo(lanes[4..]);
        s3.CopyTo(lanes[6..]);
    }
}
