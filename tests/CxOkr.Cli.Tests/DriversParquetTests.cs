using Parquet;
using Parquet.Schema;

namespace CxOkr.Cli.Tests;

/// <summary><c>cxokr drivers --data FILE.parquet</c> gives what the CSV of the same data gives.</summary>
public sealed class DriversParquetTests
{
    [Fact]
    public async Task A_parquet_file_gives_the_analysis_of_its_csv()
    {
        var random = new Random(4);
        const int rows = 120;
        var y = new double[rows];
        var a = new double[rows];
        var b = new int[rows];
        var csv = new System.Text.StringBuilder("y,a,b\n");
        for (var r = 0; r < rows; r++)
        {
            a[r] = Math.Round(random.NextDouble() * 10, 2);
            b[r] = random.Next(1, 8);
            y[r] = Math.Round((0.5 * a[r]) + b[r] + random.NextDouble(), 3);
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{y[r]},{a[r]},{b[r]}\n");
        }

        using var csvFile = new TempFile(".csv", csv.ToString());
        using var parquetFile = new TempFile(".parquet", string.Empty);
        var schema = new ParquetSchema(new DataField<double>("y"), new DataField<double>("a"), new DataField<int>("b"));
        await using (var stream = File.Create(parquetFile.Path))
        {
            await using var writer = await ParquetWriter.CreateAsync(schema, stream);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(schema.DataFields[0], (ReadOnlyMemory<double>)y);
            await group.WriteAsync(schema.DataFields[1], (ReadOnlyMemory<double>)a);
            await group.WriteAsync(schema.DataFields[2], (ReadOnlyMemory<int>)b);
        }

        var fromCsv = CliRunner.Run("drivers", "--data", csvFile.Path, "--outcome", "y", "--format", "json", "--spearman");
        var fromParquet = CliRunner.Run("drivers", "--data", parquetFile.Path, "--outcome", "y", "--format", "json", "--spearman");
        Assert.Equal(0, fromParquet.ExitCode);
        Assert.Equal(fromCsv.Out, fromParquet.Out);

        // Without --spearman both take the sufficient-statistics path (streaming for CSV) and agree bit for bit.
        var streamedCsv = CliRunner.Run("drivers", "--data", csvFile.Path, "--outcome", "y", "--format", "json");
        var accumulatedParquet = CliRunner.Run("drivers", "--data", parquetFile.Path, "--outcome", "y", "--format", "json");
        Assert.Equal(0, accumulatedParquet.ExitCode);
        Assert.Equal(streamedCsv.Out, accumulatedParquet.Out);
        Assert.DoesNotContain("spearman", accumulatedParquet.Out, StringComparison.OrdinalIgnoreCase);
    }
}
