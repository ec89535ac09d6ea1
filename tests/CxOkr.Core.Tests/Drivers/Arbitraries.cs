using FsCheck;
using FsCheck.Fluent;

namespace CxOkr.Tests.Drivers;

/// <summary>FsCheck generators for the key-driver laws.</summary>
public static class Arbitraries
{
    public static Arbitrary<DriverDataset> Datasets() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from p in Gen.Choose(1, 7)
         from extra in Gen.Choose(3, 60)
         select new DriverDataset(seed, p, p + extra)).ToArbitrary();
}
