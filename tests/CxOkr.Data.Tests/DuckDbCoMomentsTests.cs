using System.Globalization;
using System.Text;
using CxOkr.Data.DuckDb;
using CxOkr.Drivers;
using DuckDB.NET.Data;

namespace CxOkr.Data.Tests;

/// <summary>Co-moments pushed into embedded DuckDB equal the in-memory accumulator on data far from zero.</summary>
public sealed class DuckDbCoMomentsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("cxokr-duckdb-").FullName;
    private readonly FarFromZeroData data = new(5000, 11);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 0)]
    [InlineData(true, 7)]
    public async Task A_table_gives_the_in_memory_statistics(bool weighted, int buckets)
    {
        var database = await DatabaseAsync();
        var partition = buckets == 0 ? CoMomentPartition.None : CoMomentPartition.ByHash("id", buckets);
        var query = new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.Table("responses"), FarFromZeroData.Names, weighted ? "w" : null, partition);
        var pushed = await DuckDbCoMoments.ComputeAsync(query, database);
        // Pushed down (one partition, or hash buckets merged in .NET), in memory (blocks of 4096 rows merged) and exact agree.
        FarFromZeroData.AssertClose(data.Exact(weighted), pushed);
        FarFromZeroData.AssertClose(data.Exact(weighted), data.InMemory(weighted));
        FarFromZeroData.AssertClose(data.InMemory(weighted), pushed);
    }

    [Fact]
    public async Task Parquet_files_by_glob_give_the_in_memory_statistics()
    {
        var database = await DatabaseAsync();
        await using (var connection = new DuckDBConnection(database))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT * FROM responses WHERE id % 2 = 0) TO '{Path.Combine(directory, "part-0.parquet")}' (FORMAT parquet); "
                + $"COPY (SELECT * FROM responses WHERE id % 2 = 1) TO '{Path.Combine(directory, "part-1.parquet")}' (FORMAT parquet);";
            await command.ExecuteNonQueryAsync();
        }

        var query = new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.ParquetFiles(Path.Combine(directory, "part-*.parquet")), FarFromZeroData.Names, "w");
        FarFromZeroData.AssertClose(data.Exact(weighted: true), await DuckDbCoMoments.ComputeAsync(query));
    }

    [Fact]
    public async Task Csv_files_with_missing_cells_are_read_listwise()
    {
        var csv = new StringBuilder("id,y,x1,x2,x3,w\n");
        var expected = new CovarianceAccumulator(FarFromZeroData.Columns);
        var complete = new List<double>();
        var completeWeights = new List<double>();
        for (var i = 0; i < data.Values.Length; i++)
        {
            var row = data.Values[i];
            var missing = i % 10 == 3 ? i % FarFromZeroData.Columns : -1;
            csv.Append(i.ToString(CultureInfo.InvariantCulture));
            for (var j = 0; j < row.Length; j++)
            {
                csv.Append(',').Append(j == missing ? string.Empty : row[j].ToString("R", CultureInfo.InvariantCulture));
            }

            csv.Append(',').Append(data.Weights[i].ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            if (missing < 0)
            {
                complete.AddRange(row);
                completeWeights.Add(data.Weights[i]);
            }
        }

        expected.AddBlock(complete.ToArray(), completeWeights.ToArray());
        var path = Path.Combine(directory, "responses.csv");
        await File.WriteAllTextAsync(path, csv.ToString());
        var query = new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.CsvFiles(path), FarFromZeroData.Names, "w");
        FarFromZeroData.AssertClose(expected, await DuckDbCoMoments.ComputeAsync(query));
    }

    [Fact]
    public async Task A_negative_weight_or_a_missing_column_is_a_data_error()
    {
        var database = await DatabaseAsync();
        await using (var connection = new DuckDBConnection(database))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE responses SET w = -1 WHERE id = 17";
            await command.ExecuteNonQueryAsync();
        }

        var negative = new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.Table("responses"), FarFromZeroData.Names, "w");
        var error = await Assert.ThrowsAsync<DataFormatException>(() => DuckDbCoMoments.ComputeAsync(negative, database));
        Assert.Contains("negative weight", error.Message, StringComparison.Ordinal);
        var unknown = new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.Table("responses"), ["y", "no such column"]);
        await Assert.ThrowsAsync<DataFormatException>(() => DuckDbCoMoments.ComputeAsync(unknown, database));
    }

    [Fact]
    public async Task The_linear_analysis_from_pushed_statistics_equals_the_in_memory_one()
    {
        var database = await DatabaseAsync();
        var query = new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.Table("responses"), FarFromZeroData.Names, "w", CoMomentPartition.ByHash("id", 5));
        var specification = new KeyDriverSpecification("y", ["x1", "x2", "x3"], "w");
        var analyzer = new KeyDriverAnalyzer();
        var pushed = analyzer.Analyze(await DuckDbCoMoments.ComputeAsync(query, database), specification);
        var memory = analyzer.Analyze(data.InMemory(weighted: true), specification);
        Assert.Equal(memory.RSquared, pushed.RSquared, 1e-9);
        Assert.Equal("w", pushed.Weight);
        foreach (var (m, p) in memory.Drivers.Zip(pushed.Drivers))
        {
            Assert.Equal(m.Coefficient, p.Coefficient, 1e-9 * Math.Abs(m.Coefficient));
            Assert.Equal(m.Shapley, p.Shapley, 1e-9);
        }
    }

    /// <summary>A DuckDB file holding the data in a table <c>responses(id, y, x1, x2, x3, w)</c>, filled exactly by the appender.</summary>
    private async Task<string> DatabaseAsync()
    {
        var connectionString = $"Data Source={Path.Combine(directory, "data.duckdb")}";
        await using var connection = new DuckDBConnection(connectionString);
        await connection.OpenAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "CREATE OR REPLACE TABLE responses (id INTEGER, y DOUBLE, x1 DOUBLE, x2 DOUBLE, x3 DOUBLE, w DOUBLE)";
            await command.ExecuteNonQueryAsync();
        }

        using (var appender = connection.CreateAppender("responses"))
        {
            for (var i = 0; i < data.Values.Length; i++)
            {
                var row = appender.CreateRow().AppendValue(i);
                foreach (var v in data.Values[i])
                {
                    row.AppendValue(v);
                }

                row.AppendValue(data.Weights[i]).EndRow();
            }
        }

        return connectionString;
    }
}
