using System.Text.Json;
using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Tests.Drivers;

/// <summary>Every field of every reference case (R lm, car::vif, relaimpo; see TestData/key-drivers/PROVENANCE.md).</summary>
public sealed class ReferenceCaseTests
{
    public static TheoryData<string, double> Cases => new()
    {
        { "stackloss", 1e-9 },
        { "swiss", 1e-9 },
        { "support_weighted", 1e-9 },
        { "longley", 1e-7 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_field_matches_the_reference(string name, double tolerance)
    {
        var (expected, result) = Run(name);
        var root = expected.RootElement;
        Assert.Equal(root.GetProperty("nUsed").GetInt64(), result.NUsed);
        Close(root, "rSquared", result.RSquared, tolerance);
        Close(root, "adjustedRSquared", result.AdjustedRSquared, tolerance);
        Close(root, "fStatistic", result.FStatistic, tolerance);
        Close(root, "intercept", result.Intercept, tolerance);
        var drivers = root.GetProperty("drivers").EnumerateArray().ToList();
        Assert.Equal(drivers.Count, result.Drivers.Count);
        for (var i = 0; i < drivers.Count; i++)
        {
            var e = drivers[i];
            var a = result.Drivers[i];
            Assert.Equal(e.GetProperty("name").GetString(), a.Name);
            Close(e, "coefficient", a.Coefficient, tolerance, a.Name);
            Close(e, "standardError", a.StandardError, tolerance, a.Name);
            Close(e, "t", a.T, tolerance, a.Name);
            Close(e, "p", a.P, tolerance, a.Name);
            Close(e, "correlation", a.Correlation, tolerance, a.Name);
            Close(e, "vif", a.Vif, tolerance, a.Name);
            Close(e, "shapley", a.Shapley, tolerance, a.Name);
            Close(e, "first", a.First, tolerance, a.Name);
            Close(e, "last", a.Last, tolerance, a.Name);
            Close(e, "betaSquared", a.BetaSquared, tolerance, a.Name);
            Close(e, "pratt", a.Pratt, tolerance, a.Name);
            Close(e, "genizi", a.Genizi, tolerance, a.Name);
            Close(e, "car", a.Car, tolerance, a.Name);
            Close(e, "relativeWeight", a.RelativeWeight, tolerance, a.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reference_cases_have_no_aliased_drivers_and_shapley_sums_to_r_squared(string name, double tolerance)
    {
        _ = tolerance;
        var (_, result) = Run(name);
        Assert.Empty(result.AliasedDrivers);
        Assert.True(result.ShapleyExact);
        Assert.Equal(result.RSquared, result.Drivers.Sum(d => d.Shapley), 12);
        Assert.Equal(result.RSquared, result.Drivers.Sum(d => d.RelativeWeight), 12);
    }

    [Fact]
    public void Support_weighted_reports_rows_read_and_dropped()
    {
        var (_, result) = Run("support_weighted");
        Assert.NotNull(result.Rows);
        Assert.Equal(400, result.Rows!.RowsRead);
        Assert.Equal(356, result.Rows.RowsUsed);
        Assert.Equal(44, result.Rows.RowsDropped);
        Assert.Equal(44, result.Rows.MissingOutcome + result.Rows.MissingDriver + result.Rows.MissingWeight + result.Rows.ZeroWeight);
        Assert.Equal("weight", result.Weight);
        Assert.True(result.EffectiveN < 356);
    }

    internal static (JsonDocument Expected, KeyDriverResult Result) Run(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "key-drivers");
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, name + ".json")));
        var table = CsvTableReader.ReadFile(Path.Combine(folder, name + ".csv"));
        var root = expected.RootElement;
        var outcome = root.GetProperty("outcome").GetString()!;
        var weight = root.GetProperty("weight").ValueKind == JsonValueKind.Null ? null : root.GetProperty("weight").GetString();
        var drivers = root.GetProperty("drivers").EnumerateArray().Select(d => d.GetProperty("name").GetString()!).ToArray();
        var result = new KeyDriverAnalyzer().Analyze(table, new KeyDriverSpecification(outcome, drivers, weight));
        return (expected, result);
    }

    internal static void Close(JsonElement element, string field, double actual, double tolerance, string? where = null)
    {
        var expected = element.GetProperty(field).GetDouble();
        var error = Math.Abs(actual - expected);
        Assert.True(
            error <= tolerance * Math.Abs(expected),
            $"{where}.{field}: expected {expected:R}, got {actual:R} (relative error {error / Math.Abs(expected):E2}).");
    }
}
