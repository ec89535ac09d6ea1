using System.Text.Json;
using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Tests.Drivers;

/// <summary>
/// Logistic and ordinal key-driver models against R (glm, ordinal::clm checked against MASS::polr, exact
/// subset refits for the Shapley values; see TestData/outcome-drivers/PROVENANCE.md), 1e-6 relative.
/// </summary>
public sealed class OutcomeReferenceCaseTests
{
    private const double Tolerance = 1e-6;

    public static TheoryData<string> LogitCases => new() { "churn_weighted", "birthwt" };

    public static TheoryData<string> OrdinalCases => new() { "satisfaction_survey", "housing_freq" };

    [Theory]
    [MemberData(nameof(LogitCases))]
    public void Logistic_model_matches_glm(string name)
    {
        var (root, data) = Load(name);
        var result = new OutcomeDriverAnalyzer().AnalyzeLogistic(data);
        Common(root, result);
        Assert.Equal(root.GetProperty("iterations").GetInt32(), result.Iterations);
        ReferenceCaseTests.Close(root, "intercept", result.Intercept, Tolerance, name);
        ReferenceCaseTests.Close(root, "interceptStandardError", result.InterceptStandardError, Tolerance, name);
    }

    [Theory]
    [MemberData(nameof(OrdinalCases))]
    public void Ordinal_model_matches_clm_and_polr(string name)
    {
        var (root, data) = Load(name);
        var result = new OutcomeDriverAnalyzer().AnalyzeOrdinal(data);
        Common(root, result);
        ReferenceCaseTests.Close(root, "polrLogLikelihood", result.LogLikelihood, Tolerance, name);
        var thresholds = root.GetProperty("thresholds").EnumerateArray().ToList();
        Assert.Equal(thresholds.Count, result.Thresholds.Count);
        for (var i = 0; i < thresholds.Count; i++)
        {
            Assert.Equal(thresholds[i].GetProperty("below").GetString(), result.Thresholds[i].Below);
            Assert.Equal(thresholds[i].GetProperty("above").GetString(), result.Thresholds[i].Above);
            ReferenceCaseTests.Close(thresholds[i], "value", result.Thresholds[i].Value, Tolerance, $"threshold {i}");
            ReferenceCaseTests.Close(thresholds[i], "standardError", result.Thresholds[i].StandardError, Tolerance, $"threshold {i}");
        }
    }

    [Fact]
    public void Weighted_case_with_missing_values_counts_the_dropped_rows()
    {
        var (_, data) = Load("churn_weighted");
        var result = new OutcomeDriverAnalyzer().AnalyzeLogistic(data);
        Assert.Equal(500, result.Rows.RowsRead);
        Assert.Equal(440, result.NUsed);
        Assert.Equal(60, result.Rows.MissingOutcome + result.Rows.MissingDriver + result.Rows.MissingWeight + result.Rows.ZeroWeight);
        Assert.True(result.Rows.ZeroWeight > 0 && result.Rows.MissingWeight > 0 && result.Rows.MissingDriver > 0 && result.Rows.MissingOutcome > 0);
        Assert.True(result.Converged);
        Assert.Null(result.Problem);
        Assert.True(result.ShapleyExact);
    }

    private static void Common(JsonElement root, OutcomeDriverResult result)
    {
        var name = root.GetProperty("case").GetString();
        Assert.Equal(root.GetProperty("nUsed").GetInt64(), result.NUsed);
        ReferenceCaseTests.Close(root, "sumOfWeights", result.SumOfWeights, 1e-12, name);
        ReferenceCaseTests.Close(root, "logLikelihood", result.LogLikelihood, Tolerance, name);
        ReferenceCaseTests.Close(root, "nullLogLikelihood", result.NullLogLikelihood, Tolerance, name);
        var pseudo = root.GetProperty("pseudoRSquared");
        ReferenceCaseTests.Close(pseudo, "mcFadden", result.PseudoRSquared.McFadden, Tolerance, name);
        ReferenceCaseTests.Close(pseudo, "coxSnell", result.PseudoRSquared.CoxSnell, Tolerance, name);
        ReferenceCaseTests.Close(pseudo, "nagelkerke", result.PseudoRSquared.Nagelkerke, Tolerance, name);
        ReferenceCaseTests.Close(pseudo, "estrella", result.PseudoRSquared.Estrella, Tolerance, name);
        var drivers = root.GetProperty("drivers").EnumerateArray().ToList();
        Assert.Equal(drivers.Count, result.Drivers.Count);
        for (var i = 0; i < drivers.Count; i++)
        {
            var e = drivers[i];
            var a = result.Drivers[i];
            Assert.Equal(e.GetProperty("name").GetString(), a.Name);
            ReferenceCaseTests.Close(e, "coefficient", a.Coefficient, Tolerance, a.Name);
            ReferenceCaseTests.Close(e, "standardError", a.StandardError, Tolerance, a.Name);
            ReferenceCaseTests.Close(e, "z", a.Z, Tolerance, a.Name);
            ReferenceCaseTests.Close(e, "p", a.P, Tolerance, a.Name);
            ReferenceCaseTests.Close(e, "oddsRatio", a.OddsRatio, Tolerance, a.Name);
            ReferenceCaseTests.Close(e, "shapley", a.Shapley, Tolerance, a.Name);
        }

        Assert.Equal(result.PseudoRSquared.McFadden, result.Drivers.Sum(d => d.Shapley), 1e-12);
    }

    internal static (JsonElement Root, DriverTable Data) Load(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "outcome-drivers");
        var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, name + ".json"))).RootElement.Clone();
        var table = CsvTableReader.ReadFile(Path.Combine(folder, name + ".csv"));
        var outcome = root.GetProperty("outcome").GetString()!;
        var weight = root.GetProperty("weight").ValueKind == JsonValueKind.Null ? null : root.GetProperty("weight").GetString();
        var drivers = root.GetProperty("drivers").EnumerateArray().Select(d => d.GetProperty("name").GetString()!).ToArray();
        return (root, DriverTable.FromTable(table, outcome, drivers, weight));
    }
}
