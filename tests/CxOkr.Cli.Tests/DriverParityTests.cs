using System.Globalization;
using System.Text;
using System.Text.Json;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Reporting;
using CxOkr.Serialization;
using CxOkr.Services;
using CxOkr.Storage;

namespace CxOkr.Cli.Tests;

/// <summary>
/// One pipeline: the same responses give the same key-driver analysis through the store-reading service, the
/// programme report and the <c>cxokr drivers</c> tool, because all three build their table with <see cref="DriverTable"/>.
/// </summary>
public sealed class DriverParityTests
{
    private const string Journey = "support";
    private const string Outcome = "support_sat";
    private static readonly string WorkspacePath = CliRunner.TestData(Path.Combine("examples", "workspace.json"));
    private static readonly string ResponsesPath = CliRunner.TestData(Path.Combine("examples", "responses.csv"));

    private static async Task<InMemoryOkrStore> StoreAsync(Workspace workspace, IEnumerable<Response> responses)
    {
        var store = new InMemoryOkrStore();
        foreach (var metric in workspace.Metrics)
        {
            await store.UpsertMetricAsync(metric);
        }

        foreach (var link in workspace.MetricLinks)
        {
            await store.UpsertMetricLinkAsync(link);
        }

        await store.AppendResponsesAsync(responses);
        return store;
    }

    /// <summary>The outcome, driver and weight columns of the journey's outcome-answering responses, as a CSV for the tool.</summary>
    private static string Csv(IEnumerable<Response> responses, IReadOnlyList<string> drivers)
    {
        var text = new StringBuilder();
        text.Append(Outcome).Append(',').Append(string.Join(',', drivers)).Append(",weight\n");
        foreach (var r in responses.Where(static r => r.JourneyId == Journey && r.Values.ContainsKey(Outcome)))
        {
            text.Append(r.Values[Outcome].ToString("R", CultureInfo.InvariantCulture));
            foreach (var d in drivers)
            {
                text.Append(',').Append(r.Values.TryGetValue(d, out var v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty);
            }

            text.Append(',').Append(r.Weight.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    private static Response With(Response r, string metricId, double value)
    {
        var values = r.Values.ToDictionary();
        values[metricId] = value;
        return new Response(r.RespondentId, r.Date, values, r.Weight, r.JourneyId, r.Segments);
    }

    private static void Same(KeyDriverResult expected, KeyDriverResult actual, string what)
    {
        Assert.True(Math.Abs(expected.RSquared - actual.RSquared) <= 1e-12, $"{what}: R² {expected.RSquared:R} vs {actual.RSquared:R}");
        Assert.Equal(expected.NUsed, actual.NUsed);
        var shares = actual.Drivers.ToDictionary(static d => d.Name, static d => d.ShapleyShare, StringComparer.Ordinal);
        Assert.Equal(expected.Drivers.Count, shares.Count);
        foreach (var d in expected.Drivers)
        {
            Assert.True(Math.Abs(d.ShapleyShare - shares[d.Name]) <= 1e-12, $"{what}: share of {d.Name} {d.ShapleyShare:R} vs {shares[d.Name]:R}");
        }
    }

    [Fact]
    public async Task Service_report_and_tool_give_the_same_r_squared_n_and_shapley_shares()
    {
        var workspace = WorkspaceReader.ReadFile(WorkspacePath);
        var responses = ResponseCsvReader.ReadFile(ResponsesPath);
        var asOf = responses.Max(static r => r.Date);

        var report = new ProgrammeReportBuilder().Build(workspace, responses, asOf).Drivers.Single(static d => d.JourneyId == Journey && d.OutcomeMetricId == Outcome).Result;
        var store = await StoreAsync(workspace, responses);
        var service = await new KeyDriverService(store, store, new KeyDriverAnalyzer()).AnalyzeAsync(Journey, Outcome);
        Assert.Empty(report.AliasedDrivers);
        Assert.True(report.Drivers.Count >= 3);
        Same(report, service, "service");

        var drivers = report.Drivers.Select(static d => d.Name).ToArray();
        using var file = new TempFile(".csv", Csv(responses, drivers));
        var (code, output, error) = CliRunner.Run("drivers", "--data", file.Path, "--outcome", Outcome, "--drivers", string.Join(',', drivers), "--weight", "weight", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(Math.Abs(report.RSquared - root.GetProperty("rSquared").GetDouble()) <= 1e-12, "tool R²");
        Assert.Equal(report.NUsed, root.GetProperty("nUsed").GetInt64());
        var toolShares = root.GetProperty("drivers").EnumerateArray().ToDictionary(static d => d.GetProperty("name").GetString()!, static d => d.GetProperty("shapleyShare").GetDouble());
        Assert.Equal(drivers.Length, toolShares.Count);
        foreach (var d in report.Drivers)
        {
            Assert.True(Math.Abs(d.ShapleyShare - toolShares[d.Name]) <= 1e-12, $"tool share of {d.Name}");
        }

        // The tables list drivers in the same order (DriverOrder) in the tool, the report text and the ranking.
        var table = CliRunner.Run("drivers", "--data", file.Path, "--outcome", Outcome, "--drivers", string.Join(',', drivers), "--weight", "weight").Out.Split('\n');
        var ordered = DriverOrder.Sort(report.Drivers).Select(static d => d.Name).ToArray();
        var positions = ordered.Select(name => Array.FindIndex(table, l => l.StartsWith(name + " ", StringComparison.Ordinal))).ToArray();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        var ranking = await new KeyDriverService(store, store, new KeyDriverAnalyzer()).RankAsync(Journey, Outcome);
        Assert.Equal(ordered, ranking.Drivers.Select(static d => d.Key));
    }

    [Fact]
    public async Task Service_refuses_a_value_off_its_metric_scale_or_excludes_it_under_the_exclude_policy()
    {
        var workspace = WorkspaceReader.ReadFile(WorkspacePath);
        var responses = ResponseCsvReader.ReadFile(ResponsesPath).ToList();
        var i = responses.FindIndex(static r => r.JourneyId == Journey && r.Values.ContainsKey(Outcome) && r.Values.ContainsKey("chat_csat"));
        var bad = responses[i];
        var store = await StoreAsync(workspace, responses.Select((r, k) => k == i ? With(r, "chat_csat", 500) : r));

        // chat_csat is on a 1-5 scale: 500 is refused, naming the metric and the respondent.
        var refused = await Assert.ThrowsAsync<OutOfRangeValueException>(() => new KeyDriverService(store, store, new KeyDriverAnalyzer()).AnalyzeAsync(Journey, Outcome));
        Assert.Equal("chat_csat", refused.MetricId);
        Assert.Equal(bad.RespondentId, refused.RespondentId);

        // Under the exclude policy the value is left missing: the same as the response without its chat_csat answer.
        var exclude = new MeasureOptions(outOfRange: OutOfRangePolicy.Exclude);
        var excluded = await new KeyDriverService(store, store, new KeyDriverAnalyzer(), exclude).AnalyzeAsync(Journey, Outcome);
        var without = responses.Select((r, k) => k == i ? new Response(r.RespondentId, r.Date, r.Values.Where(static v => v.Key != "chat_csat").ToDictionary(), r.Weight, r.JourneyId, r.Segments) : r);
        var clean = await StoreAsync(workspace, without);
        Same(await new KeyDriverService(clean, clean, new KeyDriverAnalyzer()).AnalyzeAsync(Journey, Outcome), excluded, "excluded");
    }

    [Fact]
    public void Default_drivers_refuse_a_typo_in_a_numeric_column_naming_its_line_and_column()
    {
        using var file = new TempFile(".csv", "y,a,b,label\n1,2,3,p\n2,1,4,q\n3,4,x,r\n4,3,1,s\n5,6,2,t\n7,5,2,u\n");
        var (code, output, error) = CliRunner.Run("drivers", "--data", file.Path, "--outcome", "y");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("cxokr: line 4, column 'b': 'x' is not a number.", Assert.Single(error.TrimEnd().Split('\n')));
    }

    [Fact]
    public void A_driver_value_off_the_scale_is_an_error_naming_its_line_and_column()
    {
        using var file = new TempFile(".csv", "y,a,b\n1,2,3\n2,1,4\n3,4,5\n4,3,1\n5,7,2\n7,5,2\n");
        var (code, output, error) = CliRunner.Run("drivers", "--data", file.Path, "--outcome", "y", "--scale", "1:5");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("cxokr: line 6, column 'a': 7 is off the scale, expected a value in [1, 5].", Assert.Single(error.TrimEnd().Split('\n')));
    }

    [Fact]
    public void With_out_of_range_exclude_a_value_off_the_scale_drops_its_row_and_is_counted()
    {
        const string Rows = "y,a,b\n1,2,3\n2,1,4\n3,4,5\n4,3,1\n5,7,2\n7,5,2\n6,4,4\n";
        using var file = new TempFile(".csv", Rows);
        var (code, output, error) = CliRunner.Run("drivers", "--data", file.Path, "--outcome", "y", "--scale", "1:5", "--out-of-range", "exclude", "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("1 driver value(s) off --scale left out", error, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(6, json.RootElement.GetProperty("nUsed").GetInt32());

        // The same as leaving the cell empty: the excluded value is a missing cell, nothing else changes.
        using var blank = new TempFile(".csv", Rows.Replace("5,7,2", "5,,2", StringComparison.Ordinal));
        var (blankCode, blankOutput, _) = CliRunner.Run("drivers", "--data", blank.Path, "--outcome", "y", "--scale", "1:5", "--format", "json");
        Assert.Equal(0, blankCode);
        using var expected = System.Text.Json.JsonDocument.Parse(blankOutput);
        Assert.Equal(expected.RootElement.GetProperty("rSquared").GetDouble(), json.RootElement.GetProperty("rSquared").GetDouble());
    }

    [Fact]
    public void Bootstrap_table_lists_drivers_in_the_order_of_the_main_table()
    {
        var (code, output, _) = CliRunner.Run("drivers", "--data", CliRunner.TestData("drivers-swiss.csv"), "--outcome", "Fertility", "--bootstrap", "20");
        Assert.Equal(0, code);
        var parts = output.Split("Bootstrap,", StringSplitOptions.None);
        var names = new[] { "Agriculture", "Examination", "Education", "Catholic", "Infant.Mortality" };
        int[] Order(string text)
        {
            var lines = text.Split('\n');
            return names.Select(n => Array.FindIndex(lines, l => l.StartsWith(n + " ", StringComparison.Ordinal))).ToArray();
        }

        var main = Order(parts[0]);
        var bootstrap = Order(parts[1]);
        Assert.All(bootstrap, p => Assert.True(p > 0));
        Assert.Equal(names.OrderBy(n => main[Array.IndexOf(names, n)]), names.OrderBy(n => bootstrap[Array.IndexOf(names, n)]));
    }
}
