using System.Text.Json;

namespace CxOkr.Cli.Tests;

/// <summary><c>cxokr drivers --engine duckdb|postgres</c>: the same result as in memory, and the usage errors.</summary>
public sealed class DriversEngineTests
{
    private const string Drivers = "Agriculture,Examination,Education,Catholic,Infant.Mortality";

    [Fact]
    public void Duckdb_over_a_csv_gives_the_in_memory_json_but_what_needs_the_rows()
    {
        var data = CliRunner.TestData("drivers-swiss.csv");
        var (memoryCode, memory, _) = CliRunner.Run("drivers", "--data", data, "--outcome", "Fertility", "--drivers", Drivers, "--format", "json");
        var (code, pushed, error) = CliRunner.Run("drivers", "--engine", "duckdb", "--data", data, "--outcome", "Fertility", "--drivers", Drivers,
            "--partition-by", "Catholic", "--partitions", "3", "--format", "json");
        Assert.Equal(0, memoryCode);
        Assert.True(code == 0, error);
        using var expected = JsonDocument.Parse(memory);
        using var actual = JsonDocument.Parse(pushed);
        var compared = Same(expected.RootElement, actual.RootElement, "$");
        Assert.True(compared > 100, $"only {compared} numbers compared");
    }

    [Theory]
    [InlineData("--engine", "duckdb", "--outcome", "Fertility")]                                   // no --drivers
    [InlineData("--engine", "duckdb", "--outcome", "Fertility", "--drivers", "Agriculture", "--bootstrap", "50")]
    [InlineData("--engine", "duckdb", "--outcome", "Fertility", "--drivers", "Agriculture", "--model", "logit")]
    [InlineData("--engine", "postgres", "--table", "t", "--outcome", "y", "--drivers", "x")]      // no --connection-env
    [InlineData("--engine", "postgres", "--table", "t", "--connection-env", "CXOKR_TEST_SURELY_UNSET_VARIABLE", "--outcome", "y", "--drivers", "x")]
    [InlineData("--engine", "duckdb", "--outcome", "Fertility", "--drivers", "no such column")]
    public void Engine_usage_errors_are_exit_2_with_one_line(params string[] arguments)
    {
        var args = new List<string> { "drivers" };
        if (arguments[1] == "duckdb")
        {
            args.AddRange(["--data", CliRunner.TestData("drivers-swiss.csv")]);
        }

        args.AddRange(arguments);
        var (code, _, error) = CliRunner.Run([.. args]);
        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
    }

    /// <summary>Compares two result documents: numbers within 1e-9 relative; <c>spearman</c>, <c>rowsRead</c> and
    /// <c>rowsDropped</c> are known only in memory. Returns how many numbers were compared.</summary>
    private static int Same(JsonElement expected, JsonElement actual, string path)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var count = 0;
                foreach (var property in expected.EnumerateObject())
                {
                    if (property.Name is "spearman" or "rowsRead" or "rowsDropped")
                    {
                        continue;
                    }

                    Assert.True(actual.TryGetProperty(property.Name, out var other), $"{path}.{property.Name} missing");
                    count += Same(property.Value, other, $"{path}.{property.Name}");
                }

                return count;
            case JsonValueKind.Array:
                Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
                return expected.EnumerateArray().Zip(actual.EnumerateArray()).Select((pair, i) => Same(pair.First, pair.Second, $"{path}[{i}]")).Sum();
            case JsonValueKind.Number:
                var e = expected.GetDouble();
                var a = actual.GetDouble();
                Assert.True(Math.Abs(e - a) <= 1e-9 * Math.Max(1, Math.Abs(e)), $"{path}: {e:R} vs {a:R}");
                return 1;
            default:
                Assert.Equal(expected.ToString(), actual.ToString());
                return 0;
        }
    }
}
