using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace CxOkr.Benchmarks;

/// <summary>
/// Writes the issue-18 engine benchmark's data with embedded DuckDB (not committed): <c>rows</c> rows of an outcome
/// <c>y</c> and drivers <c>x1..x19</c> (20 columns of doubles) as <c>files</c> Parquet files of equal size, and
/// optionally the same rows as one CSV file. Deterministic: every value is a function of the row number through
/// DuckDB's <c>hash</c>, so the files are the same on every machine and DuckDB may write them in parallel.
/// </summary>
/// <remarks>
/// The drivers are correlated ratings on 0-10 with three decimals (a common factor plus an own part, clamped), the
/// outcome a linear combination plus noise with four decimals, the same shape as benchmarks/generate-drivers-csv.py.
/// </remarks>
internal static class WideDataGenerator
{
    public const int Drivers = 19;

    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: generate-wide OUT_DIR ROWS FILES [--csv]");
            return 2;
        }

        var directory = Path.GetFullPath(args[0]);
        var rows = long.Parse(args[1], CultureInfo.InvariantCulture);
        var files = int.Parse(args[2], CultureInfo.InvariantCulture);
        var csv = args.Contains("--csv");
        Directory.CreateDirectory(directory);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "SET preserve_insertion_order = false");
        var perFile = (rows + files - 1) / files;
        for (var f = 0; f < files; f++)
        {
            var start = f * perFile;
            var end = Math.Min(rows, start + perFile);
            var path = Path.Combine(directory, $"part-{f:D3}.parquet");
            var started = DateTime.UtcNow;
            Execute(connection, $"COPY ({Select(start, end)}) TO '{path}' (FORMAT parquet, ROW_GROUP_SIZE 122880)");
            Console.WriteLine($"{path}: rows {start}..{end - 1}, {new FileInfo(path).Length:N0} bytes, {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        }

        if (csv)
        {
            var path = Path.Combine(directory, "all.csv");
            var started = DateTime.UtcNow;
            Execute(connection, $"COPY ({Select(0, rows)}) TO '{path}' (FORMAT csv, HEADER true)");
            Console.WriteLine($"{path}: {new FileInfo(path).Length:N0} bytes, {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        }

        return 0;
    }

    // Uniform in [0, 1) from the row and a stream number.
    private static string Uniform(int stream) => $"((hash(i * 64 + {stream}) % 1000000)::DOUBLE / 1000000.0)";

    private static string Select(long start, long end)
    {
        var inner = new StringBuilder("SELECT i");
        for (var j = 1; j <= Drivers; j++)
        {
            inner.Append(CultureInfo.InvariantCulture, $", round(least(10.0, greatest(0.0, 5.0 + 4.0 * ({Uniform(0)} - 0.5) + 6.0 * ({Uniform(j)} - 0.5))), 3) AS x{j}");
        }

        var y = new StringBuilder();
        for (var j = 1; j <= Drivers; j++)
        {
            y.Append(CultureInfo.InvariantCulture, $"{(j == 1 ? string.Empty : " + ")}{0.05 * j:R} * x{j}");
        }

        var columns = string.Join(", ", Enumerable.Range(1, Drivers).Select(static j => $"x{j}"));
        return $"SELECT round({y} + 4.0 * ({Uniform(63)} - 0.5), 4) AS y, {columns} FROM ({inner} FROM range({start}, {end}) t(i))";
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
