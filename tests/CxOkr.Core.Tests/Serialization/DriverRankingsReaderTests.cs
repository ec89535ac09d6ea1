using CxOkr.Serialization;

namespace CxOkr.Tests.Serialization;

public sealed class DriverRankingsReaderTests
{
    [Fact]
    public void Read_takes_one_object_or_an_array_and_ignores_other_properties()
    {
        const string One = """{"outcome": "sat", "metricId": "support_sat", "rowsRead": 10, "drivers": [{"name": "hold_time", "shapleyShare": 0.2, "beta": -1}, {"name": "chat_csat", "shapleyShare": 0.4}]}""";
        var single = Assert.Single(DriverRankingsReader.Read(One));
        Assert.Equal("support_sat", single.OutcomeMetricId);
        Assert.Equal(["chat_csat", "hold_time"], single.Drivers.Select(static d => d.Key));

        var many = DriverRankingsReader.Read($"[{One}, {One.Replace("support_sat", "nps", StringComparison.Ordinal)}]");
        Assert.Equal(["support_sat", "nps"], many.Select(static r => r.OutcomeMetricId));
    }

    [Theory]
    [InlineData("""{"drivers": []}""", "$.metricId", "$.metricId: expected the outcome metric's id (add it to the output of `cxokr drivers`).")]
    [InlineData("""{"metricId": "m"}""", "$.drivers", "$.drivers: expected an array of drivers.")]
    [InlineData("""[{"metricId": "m", "drivers": []}, 3]""", "$[1]", "$[1]: expected an object with \"metricId\" and \"drivers\", found a number.")]
    [InlineData("""{"metricId": "m", "drivers": [{"name": "a", "shapleyShare": 0.5}, {"name": " ", "shapleyShare": 0.1}]}""", "$.drivers[1].name", "$.drivers[1].name: expected the driver metric's id as a non-empty string.")]
    [InlineData("""{"metricId": "m", "drivers": [{"name": "a", "shapleyShare": "0.5"}]}""", "$.drivers[0].shapleyShare", "$.drivers[0].shapleyShare: expected a number (the driver's share of R^2).")]
    [InlineData("""{"metricId": "m", "drivers": [{"name": "a", "shapleyShare": -0.2}]}""", "$.drivers[0].shapleyShare", "$.drivers[0].shapleyShare: -0.2 must be >= 0 (a share of R^2).")]
    [InlineData("""[{"metricId": "m", "drivers": [{"name": "a", "shapleyShare": 1e400}]}]""", "$[0].drivers[0].shapleyShare", "$[0].drivers[0].shapleyShare: 1e400 must be >= 0 (a share of R^2).")]
    public void Read_names_the_json_path_of_a_bad_ranking(string json, string path, string message)
    {
        var ex = Assert.Throws<DriverRankingsFormatException>(() => DriverRankingsReader.Read(json));
        Assert.Equal(path, ex.Path);
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Read_of_text_that_is_not_json_names_the_line()
    {
        var ex = Assert.Throws<DriverRankingsFormatException>(() => DriverRankingsReader.Read("{\n  \"metricId\": ,\n}"));
        Assert.StartsWith("$", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON (line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_names_the_file_before_the_json_path()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"metricId": "m", "drivers": [{"name": "a", "shapleyShare": -1}]}""");
            var ex = Assert.Throws<DriverRankingsFormatException>(() => DriverRankingsReader.ReadFile(path));
            Assert.Equal($"Drivers file '{path}' $.drivers[0].shapleyShare: -1 must be >= 0 (a share of R^2).", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
