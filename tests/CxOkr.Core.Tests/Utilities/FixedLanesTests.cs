using System.Runtime.Intrinsics;
using CxOkr.Utilities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Tests.Utilities;

/// <summary>
/// The vectorised kernels give the same bits on every path (scalar, 128-bit, 256-bit), so the JIT on an AVX2
/// machine and a Native AOT build for the baseline instruction set print the same JSON.
/// </summary>
public sealed class FixedLanesTests
{
    public static Arbitrary<double[]> Values() =>
        Gen.Choose(0, 70).SelectMany(n => Gen.ArrayOf(
            Gen.Choose(-1_000_000, 1_000_000).Zip(Gen.Choose(-12, 12), (m, e) => m * Math.Pow(10, e) / 1_000_000.0), n)).ToArbitrary();

    [Property(Arbitrary = new[] { typeof(FixedLanesTests) }, MaxTest = 300)]
    public void Sum_is_bit_identical_on_every_path(double[] x)
    {
        var scalar = FixedLanes.Sum(x, VectorPath.Scalar);
        Assert.Equal(BitConverter.DoubleToInt64Bits(scalar), BitConverter.DoubleToInt64Bits(FixedLanes.Sum(x, VectorPath.Vector128)));
        Assert.Equal(BitConverter.DoubleToInt64Bits(scalar), BitConverter.DoubleToInt64Bits(FixedLanes.Sum(x, VectorPath.Vector256)));
        Assert.Equal(BitConverter.DoubleToInt64Bits(scalar), BitConverter.DoubleToInt64Bits(FixedLanes.Sum(x)));
    }

    [Property(Arbitrary = new[] { typeof(FixedLanesTests) }, MaxTest = 300)]
    public void Dot_is_bit_identical_on_every_path(double[] x)
    {
        var y = x.Select((v, i) => (v * 0.37) - i).ToArray();
        var scalar = FixedLanes.Dot(x, y, VectorPath.Scalar);
        Assert.Equal(BitConverter.DoubleToInt64Bits(scalar), BitConverter.DoubleToInt64Bits(FixedLanes.Dot(x, y, VectorPath.Vector128)));
        Assert.Equal(BitConverter.DoubleToInt64Bits(scalar), BitConverter.DoubleToInt64Bits(FixedLanes.Dot(x, y, VectorPath.Vector256)));
        Assert.Equal(BitConverter.DoubleToInt64Bits(scalar), BitConverter.DoubleToInt64Bits(FixedLanes.Dot(x, y)));
    }

    [Fact]
    public void Sum_and_dot_are_the_sums_they_name_in_the_documented_lane_order()
    {
        var x = Enumerable.Range(1, 21).Select(i => 1.0 / i).ToArray();
        var y = Enumerable.Range(1, 21).Select(i => (double)i).ToArray();

        // Lane l holds x_l + x_{l+8}; lanes reduce as ((l0 + l4) + (l1 + l5)) + ((l2 + l6) + (l3 + l7)); the tail
        // (elements 16..20) is added in order.
        var lanes = new double[8];
        for (var i = 0; i < 16; i++)
        {
            lanes[i % 8] += x[i];
        }

        var expected = ((lanes[0] + lanes[4]) + (lanes[1] + lanes[5])) + ((lanes[2] + lanes[6]) + (lanes[3] + lanes[7]));
        for (var i = 16; i < 21; i++)
        {
            expected += x[i];
        }

        foreach (var path in Enum.GetValues<VectorPath>())
        {
            Assert.Equal(expected, FixedLanes.Sum(x, path));
            Assert.Equal(21.0, FixedLanes.Dot(x, y, path), 1e-13);
        }
    }

    [Fact]
    public void Dot_refuses_spans_of_different_lengths() =>
        Assert.Throws<ArgumentException>(() => FixedLanes.Dot(new double[3], new double[4], VectorPath.Scalar));

    [Fact]
    public void Exp_is_within_two_ulp_of_the_c_library_on_the_logistic_domain_and_beyond()
    {
        var random = new Random(18);
        var points = Enumerable.Range(0, 60_001).Select(i => -30 + (i / 1000.0))
            .Concat(Enumerable.Range(0, 20_000).Select(_ => (random.NextDouble() * 1400) - 700))
            .Concat([0.0, -0.0, 1e-300, -1e-300, Math.Log(2), -Math.Log(2) / 2, 700, -700]).ToArray();
        var worst = 0L;
        foreach (var x in points)
        {
            var actual = PortableMath.Exp(Vector256.Create(x)).GetElement(0);
            worst = Math.Max(worst, Ulps(actual, Math.Exp(x)));
        }

        Assert.True(worst <= 2, $"worst error {worst} ulp");
        Assert.Equal(1.0, PortableMath.Exp(Vector256<double>.Zero).GetElement(0));
    }

    [Fact]
    public void Log_is_within_two_ulp_of_the_c_library_on_positive_normal_numbers()
    {
        var random = new Random(18);
        var points = Enumerable.Range(1, 50_000).Select(i => i / 50_000.0)
            .Concat(Enumerable.Range(0, 20_000).Select(_ => Math.Pow(2, (random.NextDouble() * 2040) - 1020)))
            .Concat([1.0, 2.0, 0.5, Math.Sqrt(2), Math.Sqrt(2) / 2, 1 + 1e-15, 1 - 1e-16, 2.220446049250313e-16, double.MaxValue, 2.2250738585072014e-308]).ToArray();
        var worst = 0L;
        foreach (var x in points)
        {
            var actual = PortableMath.Log(Vector256.Create(x)).GetElement(0);
            worst = Math.Max(worst, Ulps(actual, Math.Log(x)));
        }

        Assert.True(worst <= 2, $"worst error {worst} ulp");
        Assert.Equal(0.0, PortableMath.Log(Vector256<double>.One).GetElement(0));
    }

    [Fact]
    public void Each_lane_of_exp_and_log_depends_on_its_own_input_only()
    {
        var x = Vector256.Create(-29.5, 0.25, 3.0, 17.0);
        var exp = PortableMath.Exp(x);
        var log = PortableMath.Log(exp);
        for (var lane = 0; lane < 4; lane++)
        {
            Assert.Equal(PortableMath.Exp(Vector256.Create(x.GetElement(lane))).GetElement(0), exp.GetElement(lane));
            Assert.Equal(PortableMath.Log(Vector256.Create(exp.GetElement(lane))).GetElement(0), log.GetElement(lane));
            Assert.Equal(x.GetElement(lane), log.GetElement(lane), 1e-14);
        }
    }

    private static long Ulps(double a, double b) =>
        a == b ? 0 : Math.Abs(BitConverter.DoubleToInt64Bits(a) - BitConverter.DoubleToInt64Bits(b));
}
