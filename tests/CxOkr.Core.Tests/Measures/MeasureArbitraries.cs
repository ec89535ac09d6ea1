using CxOkr.Measures;
using FsCheck;
using FsCheck.Fluent;

namespace CxOkr.Tests.Measures;

/// <summary>A non-empty sample of weighted NPS answers (integers 0-10).</summary>
public sealed record NpsSample(IReadOnlyList<Observation> Observations);

/// <summary>A non-empty sample of weighted 0/1 values.</summary>
public sealed record BinarySample(IReadOnlyList<Observation> Observations);

/// <summary>A sample of at least two weighted real values.</summary>
public sealed record RealSample(IReadOnlyList<Observation> Observations);

/// <summary>A factor c &gt; 0 to scale weights by.</summary>
public sealed record WeightScale(double Factor);

/// <summary>A confidence level.</summary>
public sealed record Level(double Confidence);

/// <summary>Generators for the measure laws.</summary>
public static class MeasureArbitraries
{
    // Weights from 0.01 to 10 and values on a 0.1 grid keep sums well inside double precision.
    private static readonly Gen<double> Weight = Gen.Choose(1, 1000).Select(i => i / 100.0);

    private static Gen<IReadOnlyList<Observation>> Sample(Gen<double> value, int minimum) =>
        Gen.Zip(value, Weight, (v, w) => new Observation(v, w))
            .NonEmptyListOf()
            .Where(list => list.Count >= minimum)
            .Select(list => (IReadOnlyList<Observation>)list.ToList());

    public static Arbitrary<NpsSample> NpsSample() =>
        Sample(Gen.Choose(0, 10).Select(i => (double)i), 1).Select(s => new NpsSample(s)).ToArbitrary();

    public static Arbitrary<BinarySample> BinarySample() =>
        Sample(Gen.Choose(0, 1).Select(i => (double)i), 1).Select(s => new BinarySample(s)).ToArbitrary();

    public static Arbitrary<RealSample> RealSample() =>
        Sample(Gen.Choose(-10000, 10000).Select(i => i / 10.0), 2).Select(s => new RealSample(s)).ToArbitrary();

    public static Arbitrary<WeightScale> WeightScale() =>
        Gen.Choose(1, 100000).Select(i => new WeightScale(i / 1000.0)).ToArbitrary();

    public static Arbitrary<Level> Level() =>
        Gen.Elements(0.5, 0.8, 0.9, 0.95, 0.99, 0.999).Select(c => new Level(c)).ToArbitrary();
}
