using System.Globalization;
using System.Text.Json;
using CxOkr.Measures;
using CxOkr.Okrs;
using CxOkr.Serialization;
using CxOkr.Utilities;

namespace CxOkr.Tests.Okrs;

/// <summary>
/// The probability of attainment against R (lm, predict(interval = "prediction", se.fit = TRUE), pt) on the
/// workspace of TestData/okr-attainment (see its PROVENANCE.md), within 1e-9.
/// </summary>
public sealed class AttainmentReferenceTests
{
    private const double Tolerance = 1e-9;
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "okr-attainment");
    private static readonly DateOnly AsOf = new(2026, 11, 20);

    public static TheoryData<string> KeyResults() => [.. Reference().Select(static c => c.GetProperty("keyResult").GetString()!)];

    [Theory]
    [MemberData(nameof(KeyResults))]
    public void Scorecard_probability_equals_r_pt_of_the_prediction(string keyResult)
    {
        var expected = Case(keyResult);
        var workspace = WorkspaceReader.ReadFile(Path.Combine(Folder, "workspace.json"));
        var card = new OkrScorer().Score(workspace, AsOf);
        var score = card.Objectives.SelectMany(static o => o.KeyResults).Single(k => k.KeyResultId == keyResult);
        Assert.NotNull(score.AttainmentProbability);
        Assert.Null(score.NoProbabilityReason);
        Assert.Equal(expected.GetProperty("probability").GetDouble(), score.AttainmentProbability!.Value, Tolerance);
    }

    [Theory]
    [MemberData(nameof(KeyResults))]
    public void Line_fit_and_standard_errors_equal_r_predict(string keyResult)
    {
        var expected = Case(keyResult);
        var (x, y) = Points(keyResult);
        var prediction = TrendPrediction.Fit(x, y, 91)!.Value;
        Assert.Equal(expected.GetProperty("n").GetInt32(), prediction.N);
        Assert.Equal(expected.GetProperty("df").GetInt32(), prediction.DegreesOfFreedom);
        Relative(expected.GetProperty("fit").GetDouble(), prediction.Mean);
        Relative(expected.GetProperty("sigma").GetDouble(), prediction.Sigma);
        Relative(expected.GetProperty("seFit").GetDouble(), prediction.SeFit);
        Relative(expected.GetProperty("sePrediction").GetDouble(), prediction.SePrediction);

        // R's 95% prediction interval is fit -+ qt(0.975, df) se_pred: the probability at its bounds is 0.975 and 0.025.
        var up = expected.GetProperty("keyResult").GetString() is not null && Kind(keyResult) == "increase";
        Assert.Equal(up ? 0.025 : 0.975, prediction.Probability(expected.GetProperty("upper95").GetDouble(), up, prediction.SePrediction), Tolerance);
        Assert.Equal(up ? 0.975 : 0.025, prediction.Probability(expected.GetProperty("lower95").GetDouble(), up, prediction.SePrediction), Tolerance);
    }

    [Theory]
    [MemberData(nameof(KeyResults))]
    public void Survey_measured_combination_equals_r(string keyResult)
    {
        var expected = Case(keyResult);
        var (x, y) = Points(keyResult);
        var target = double.Parse(CaseRow(keyResult)[3], CultureInfo.InvariantCulture);
        var probability = KeyResultMeasurement.SurveyAttainment(x, y, 91, target, Kind(keyResult) == "increase", expected.GetProperty("surveySe").GetDouble());
        Assert.Equal(expected.GetProperty("surveyProbability").GetDouble(), probability!.Value, Tolerance);
    }

    private static void Relative(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");

    private static string Kind(string keyResult) => CaseRow(keyResult)[1];

    private static string[] CaseRow(string keyResult) =>
        File.ReadLines(Path.Combine(Folder, "cases.csv")).Skip(1).Select(static l => l.Split(',')).Single(r => r[0] == keyResult);

    private static (double[] X, double[] Y) Points(string keyResult)
    {
        var rows = File.ReadLines(Path.Combine(Folder, "points.csv")).Skip(1).Select(static l => l.Split(',')).Where(r => r[0] == keyResult).ToArray();
        return (rows.Select(static r => double.Parse(r[1], CultureInfo.InvariantCulture)).ToArray(), rows.Select(static r => double.Parse(r[2], CultureInfo.InvariantCulture)).ToArray());
    }

    private static JsonElement Case(string keyResult) => Reference().Single(c => c.GetProperty("keyResult").GetString() == keyResult);

    private static List<JsonElement> Reference()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "reference.json")));
        return [.. document.RootElement.GetProperty("cases").EnumerateArray().Select(static c => c.Clone())];
    }
}
