using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Tests.Drivers;

/// <summary>NIST StRD certified values for the Longley linear regression (higher difficulty).</summary>
public sealed class NistLongleyTests
{
    // Certified to 15 significant digits by NIST; the data are ill-conditioned, hence 1e-7.
    private const double Tolerance = 1e-7;

    private static readonly (string Name, double Estimate, double StandardError)[] Certified =
    [
        ("x1", 15.0618722713733, 84.9149257747669),
        ("x2", -0.358191792925910E-01, 0.334910077722432E-01),
        ("x3", -2.02022980381683, 0.488399681651699),
        ("x4", -1.03322686717359, 0.214274163161675),
        ("x5", -0.511041056535807E-01, 0.226073200069370),
        ("x6", 1829.15146461355, 455.478499142212),
    ];

    [Fact]
    public void Longley_regression_matches_nist_certified_values()
    {
        var table = CsvTableReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "key-drivers", "longley.csv"));
        var result = new KeyDriverAnalyzer().Analyze(table, new KeyDriverSpecification("y", ["x1", "x2", "x3", "x4", "x5", "x6"]));
        Relative(-3482258.63459582, result.Intercept);
        Relative(0.995479004577296, result.RSquared);
        Relative(304.854073561965, result.ResidualStandardError);
        Relative(330.285339234588, result.FStatistic);
        Assert.Equal(9, result.ResidualDegreesOfFreedom);
        for (var i = 0; i < Certified.Length; i++)
        {
            Assert.Equal(Certified[i].Name, result.Drivers[i].Name);
            Relative(Certified[i].Estimate, result.Drivers[i].Coefficient);
            Relative(Certified[i].StandardError, result.Drivers[i].StandardError);
        }
    }

    private static void Relative(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= Tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
