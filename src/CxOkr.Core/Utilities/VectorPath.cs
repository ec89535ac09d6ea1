namespace CxOkr.Utilities;

/// <summary>Which instructions a <see cref="FixedLanes"/> kernel runs on; every path gives the same bits.</summary>
internal enum VectorPath
{
    /// <summary>Plain scalar arithmetic, one logical lane after the other.</summary>
    Scalar,

    /// <summary>128-bit vectors (SSE2 on x64, AdvSimd on arm64: the Native AOT baseline).</summary>
    Vector128,

    /// <summary>256-bit vectors (AVX2, what the JIT uses on most x64 machines).</summary>
    Vector256,
}
