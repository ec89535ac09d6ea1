using System.Text.Json;
using CxOkr.Data;
using CxOkr.Serialization;
using CxOkr.Text;
using CxOkr.Text.Icu;

namespace CxOkr.Cli.Tests;

public sealed class TopicsCommandTests
{
    private static readonly string Comments = CliRunner.TestData("topics/comments.csv");
    private static readonly string Topics = CliRunner.TestData("topics/topics.json");

    [Fact]
    public void Json_output_is_the_library_json_of_the_analysis_with_the_icu_segmenter()
    {
        var (code, output, error) = CliRunner.Run("topics", "--data", Comments, "--text", "comment", "--topics", Topics, "--score", "nps", "--segment", "region", "--weight", "weight", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var analysis = new TopicAnalyzer(new TopicMatcher(TopicsReader.ReadFile(Topics), new IcuWordSegmenter()))
            .Analyze(CsvTableReader.ReadFile(Comments), new TopicAnalysisOptions("comment") { ScoreColumn = "nps", SegmentColumn = "region", WeightColumn = "weight" });
        Assert.Equal(ResultJson.ToJson(analysis) + Environment.NewLine, output);
        using var json = JsonDocument.Parse(output);
        var billing = json.RootElement.GetProperty("topics")[0];
        Assert.Equal(["id", "name", "count", "share", "npsWith", "npsWithout", "npsImpact", "scoredWith"], billing.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "coefficient", "standardError", "p"], json.RootElement.GetProperty("regression")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("regression")[6].GetProperty("coefficient").ValueKind); // "never": NA in R
        Assert.Equal(3, json.RootElement.GetProperty("segments").GetArrayLength());
    }

    [Fact]
    public void A_mean_score_has_mean_fields_and_no_score_has_none()
    {
        var (code, output, _) = CliRunner.Run("topics", "--data", Comments, "--text", "comment", "--topics", Topics, "--score", "nps", "--calculation", "mean", "--format", "json");
        Assert.Equal(0, code);
        using var mean = JsonDocument.Parse(output);
        Assert.True(mean.RootElement.GetProperty("topics")[0].TryGetProperty("meanImpact", out _));
        Assert.Equal("mean", mean.RootElement.GetProperty("calculation").GetString());

        (code, output, _) = CliRunner.Run("topics", "--data", Comments, "--text", "comment", "--topics", Topics, "--format", "json");
        Assert.Equal(0, code);
        using var counts = JsonDocument.Parse(output);
        Assert.Equal(["id", "name", "count", "share"], counts.RootElement.GetProperty("topics")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, counts.RootElement.GetProperty("regression").GetArrayLength());
        Assert.False(counts.RootElement.TryGetProperty("segments", out _));
    }

    [Fact]
    public void The_table_shows_each_topic_with_its_impact()
    {
        var (code, output, _) = CliRunner.Run("topics", "--data", Comments, "--text", "comment", "--topics", Topics, "--score", "nps");
        Assert.Equal(0, code);
        Assert.Contains("720 responses, 621 with a comment, 62 comment(s) no topic matched (words: icu).", output, StringComparison.Ordinal);
        Assert.Contains("Billing            172   27.7%       -73.0       12.9    -20.8", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_are_written_one_row_per_response_and_neutralised()
    {
        using var data = new TempFile(".csv", "id,nps,comment\n=cmd|' /C calc'!A0,9,the bill was wrong\n@sum,3,\"waiting, on hold\"\n-2,10,\n+x,5,great\n");
        using var topics = new TempFile(".json", """{"topics": [{"id": "billing", "any": ["bill"]}, {"id": "wait", "any": ["wait*"]}]}""");
        var output = Path.Combine(Path.GetTempPath(), $"cxokr-ind-{Guid.NewGuid():N}.csv");
        try
        {
            var (code, _, error) = CliRunner.Run("topics", "--data", data.Path, "--text", "comment", "--topics", topics.Path, "--id", "id", "--indicators", output);
            Assert.Equal(string.Empty, error);
            Assert.Equal(0, code);
            Assert.Equal("id,billing,wait\n'=cmd|' /C calc'!A0,1,0\n'@sum,0,1\n'-2,0,0\n'+x,0,0\n", File.ReadAllText(output));
            Assert.Empty(Directory.GetFiles(Path.GetTempPath(), $".{Path.GetFileName(output)}*.tmp"));

            (code, _, _) = CliRunner.Run("topics", "--data", data.Path, "--text", "comment", "--topics", topics.Path, "--indicators", output);
            Assert.Equal(0, code);
            Assert.Equal("line,billing,wait\n2,1,0\n3,0,1\n4,0,0\n5,0,0\n", File.ReadAllText(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Theory]
    [InlineData("""{"topics": [{"id": "wait", "nane": "x", "any": ["x"]}]}""", "$.topics[0].nane: topic 'wait': unknown property")]
    [InlineData("""{"topics": [{"id": "wait", "any": ["?!"]}]}""", "topic 'wait': any[0] '?!' has no words")]
    [InlineData("""{"topics": [{"id": "wait", "any": ["x"]}, {"id": "wait", "any": ["y"]}]}""", "$.topics[1].id: topic 'wait' is defined twice")]
    public void A_bad_topics_file_is_a_usage_error_naming_the_topic(string json, string message)
    {
        using var topics = new TempFile(".json", json);
        var (code, _, error) = CliRunner.Run("topics", "--data", Comments, "--text", "comment", "--topics", topics.Path);
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_score_that_is_no_nps_answer_names_its_line()
    {
        using var data = new TempFile(".csv", "nps,comment\n9,bill\n11,bill\n");
        var (code, _, error) = CliRunner.Run("topics", "--data", data.Path, "--text", "comment", "--topics", Topics, "--score", "nps");
        Assert.Equal(2, code);
        Assert.Contains("line 3, column 'nps': 11 is not an NPS answer", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Topics_enter_the_driver_analysis_as_0_1_drivers()
    {
        var (code, output, error) = CliRunner.Run("drivers", "--data", Comments, "--outcome", "nps", "--drivers", "weight", "--topics", Topics, "--text", "comment", "--format", "json");
        Assert.Equal(string.Empty, error);
        Assert.Equal(0, code);
        var table = new TopicMatcher(TopicsReader.ReadFile(Topics), new IcuWordSegmenter()).ReplaceTextWithIndicators(CsvTableReader.ReadFile(Comments), "comment");
        string[] drivers = ["weight", "billing", "wait", "billed_twice", "staff", "app", "form", "never"];
        var data = CxOkr.Drivers.DriverTable.FromTable(table, "nps", drivers);
        var expected = new CxOkr.Drivers.KeyDriverAnalyzer(new CxOkr.Drivers.KeyDriverOptions { Seed = 1 }).Analyze(data.Table, data.Specification);
        Assert.Equal(ResultJson.ToJson(expected) + Environment.NewLine, output);
        using var json = JsonDocument.Parse(output);
        Assert.Contains("billing", json.RootElement.GetProperty("drivers").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        Assert.Equal("never", json.RootElement.GetProperty("aliased")[0].GetString());

        // Without --drivers, the default drivers (every other numeric column) include the topics and not the comments.
        (code, output, _) = CliRunner.Run("drivers", "--data", Comments, "--outcome", "nps", "--topics", Topics, "--text", "comment", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Contains("\nbilling,", output, StringComparison.Ordinal);

        (code, _, error) = CliRunner.Run("drivers", "--data", Comments, "--outcome", "nps", "--topics", Topics);
        Assert.Equal(2, code);
        Assert.Contains("--topics needs --text", error, StringComparison.Ordinal);
    }
}
