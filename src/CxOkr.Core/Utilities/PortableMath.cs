using System.Runtime.Intrinsics;

namespace CxOkr.Utilities;

/// <summary>
/// exp and log on four lanes with the same bits on every machine: only IEEE additions, multiplications,
/// divisions, comparisons and bit operations, each rounded on its own (no fused multiply-add, no table, no
/// hardware approximation), so an AVX2 JIT, a Native AOT build for the baseline instruction set and the
/// software fallback of <see cref="Vector256{T}"/> agree to the last bit. (The runtime's
/// <c>Vector256.Exp</c>/<c>Log</c> fuse multiply-adds where the hardware has them, and <see cref="Math.Exp(double)"/>
/// is the C library's, so neither is the same on every machine and path.) Accuracy: within 2 ulp of the
/// correctly rounded value on the documented domains (checked against <see cref="Math.Exp(double)"/> and
/// <see cref="Math.Log(double)"/> by the tests).
/// </summary>
internal static class PortableMath
{
    private const double Log2E = 1.4426950408889634;

    // ln 2 split so that k * Ln2High is exact for |k| < 2^20 (fdlibm's split).
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;

    // 1.5 * 2^52: adding and subtracting it rounds a double of magnitude below 2^51 to the nearest integer.
    private const double RoundingShift = 6755399441055744.0;

    private const double Sqrt2 = 1.4142135623730951;

    /// <summary>
    /// e^x for x in [-700, 700] (the caller clamps). x = k ln 2 + r with |r| ≤ ln 2 / 2, e^r by its Taylor series
    /// to degree 13 (truncation below 5e-18), then scaled by 2^k built from its bits.
    /// </summary>
    public static Vector256<double> Exp(Vector256<double> x)
    {
        var shifted = (x * Vector256.Create(Log2E)) + Vector256.Create(RoundingShift);
        var k = shifted - Vector256.Create(RoundingShift);
        var r = (x - (k * Vector256.Create(Ln2High))) - (k * Vector256.Create(Ln2Low));

        var p = Vector256.Create(1.0 / 6227020800.0);
        p = (p * r) + Vector256.Create(1.0 / 479001600.0);
        p = (p * r) + Vector256.Create(1.0 / 39916800.0);
        p = (p * r) + Vector256.Create(1.0 / 3628800.0);
        p = (p * r) + Vector256.Create(1.0 / 362880.0);
        p = (p * r) + Vector256.Create(1.0 / 40320.0);
        p = (p * r) + Vector256.Create(1.0 / 5040.0);
        p = (p * r) + Vector256.Create(1.0 / 720.0);
        p = (p * r) + Vector256.Create(1.0 / 120.0);
        p = (p * r) + Vector256.Create(1.0 / 24.0);
        p = (p * r) + Vector256.Create(1.0 / 6.0);
        p = (p * r) + Vector256.Create(0.5);
        p = (p * r) + Vector256<double>.One;
        p = (p * r) + Vector256<double>.One;

        // 2^k: the biased exponent k + 1023 in bits 52-62. k + 1023 + 2^52 is an integer-valued double whose low
        // mantissa bits are k + 1023 (0 < k + 1023 < 2^11 on the domain).
        var biased = (k + Vector256.Create(1023.0 + 4503599627370496.0)).AsUInt64() & Vector256.Create(0x000F_FFFF_FFFF_FFFFUL);
        var scale = Vector256.ShiftLeft(biased, 52).AsDouble();
        return p * scale;
    }

    /// <summary>
    /// ln x for positive normal x. x = 2^e m with m in [√2/2, √2), ln m = 2 atanh s with s = (m − 1)/(m + 1),
    /// |s| ≤ 0.172, by its series to s^23 (truncation below 1e-18 relative), plus e ln 2 in two parts.
    /// </summary>
    public static Vector256<double> Log(Vector256<double> x)
    {
        var bits = x.AsUInt64();
        var exponentBits = Vector256.ShiftRightLogical(bits, 52);

        // e as a double from its bits: 2^52 + e_biased, minus 2^52 + 1023.
        var e = (exponentBits | Vector256.Create(0x4330_0000_0000_0000UL)).AsDouble() - Vector256.Create(4503599627370496.0 + 1023.0);
        var m = ((bits & Vector256.Create(0x000F_FFFF_FFFF_FFFFUL)) | Vector256.Create(0x3FF0_0000_0000_0000UL)).AsDouble();
        var large = Vector256.GreaterThanOrEqual(m, Vector256.Create(Sqrt2));
        m = Vector256.ConditionalSelect(large, m * Vector256.Create(0.5), m);
        e = Vector256.ConditionalSelect(large, e + Vector256<double>.One, e);

        // m − 1 is exact (Sterbenz) on [√2/2, √2).
        var f = m - Vector256<double>.One;
        var s = f / (f + Vector256.Create(2.0));
        var z = s * s;
        var p = Vector256.Create(1.0 / 23.0);
        p = (p * z) + Vector256.Create(1.0 / 21.0);
        p = (p * z) + Vector256.Create(1.0 / 19.0);
        p = (p * z) + Vector256.Create(1.0 / 17.0);
        p = (p * z) + Vector256.Create(1.0 / 15.0);
        p = (p * z) + Vector256.Create(1.0 / 13.0);
        p = (p * z) + Vector256.Create(1.0 / 11.0);
        p = (p * z) + Vector256.Create(1.0 / 9.0);
        p = (p * z) + Vector256.Create(1.0 / 7.0);
        p = (p * z) + Vector256.Create(1.0 / 5.0);
        p = (p * z) + Vector256.Create(1.0 / 3.0);

        // ln m = 2s + 2s z p: the leading term apart so that its rounding is the result's.
        var twoS = s + s;
        var lnM = twoS + (twoS * (z * p));
        return ((e * Vector256.Create(Ln2High)) + ((e * Vector256.Create(Ln2Low)) + lnM));
    }
}
