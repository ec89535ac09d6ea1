using CxOkr.Data.DuckDb;
using CxOkr.Data.Postgres;
using CxOkr.Drivers;
using CxOkr.Serialization;

namespace CxOkr.Cli.Commands;

/// <summary><c>cxokr drivers --engine duckdb|postgres</c>: the linear analysis from co-moments computed inside the engine.</summary>
internal static partial class DriversCommand
{
    /// <summary>What the engine path needs from the command line.</summary>
    internal sealed record EngineArguments(
        string Engine, string? Data, string? Table, string? ConnectionEnvironmentVariable, string Outcome, string[]? Drivers, string? Weight,
        KeyDriverOptions Options, string Format, int Partitions, string? PartitionColumn);

    /// <summary>Runs the linear key-driver analysis on statistics pushed down into DuckDB or PostgreSQL.</summary>
    internal static int RunOnEngine(CliContext context, EngineArguments arguments, Func<string, string?> environment)
    {
        if (arguments.Drivers is null)
        {
            throw new CliUsageException($"--engine {arguments.Engine} needs --drivers: the columns are not read into memory to find the numeric ones.");
        }

        var columns = new List<string> { arguments.Outcome };
        columns.AddRange(arguments.Drivers);
        var partition = arguments.PartitionColumn is null
            ? CoMomentPartition.None
            : CliUsageException.FromArguments(() => CoMomentPartition.ByHash(arguments.PartitionColumn, arguments.Partitions));
        CovarianceAccumulator statistics;
        if (arguments.Engine == "duckdb")
        {
            if (arguments.Data is null || arguments.Table is not null)
            {
                throw new CliUsageException("--engine duckdb reads --data FILES (a Parquet or CSV path or glob, e.g. 'responses/*.parquet'), not --table.");
            }

            var source = CliUsageException.FromArguments(() => arguments.Data.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)
                ? CoMomentSource.ParquetFiles(arguments.Data)
                : CoMomentSource.CsvFiles(arguments.Data));
            var query = CliUsageException.FromArguments(() => new CoMomentQuery(SqlDialect.DuckDb, source, columns, arguments.Weight, partition));
            statistics = DuckDbCoMoments.ComputeAsync(query).GetAwaiter().GetResult();
        }
        else
        {
            if (arguments.Table is null || arguments.Data is not null)
            {
                throw new CliUsageException("--engine postgres reads --table [SCHEMA.]TABLE, not --data.");
            }

            if (arguments.ConnectionEnvironmentVariable is not { } variable)
            {
                throw new CliUsageException("--engine postgres needs --connection-env VAR: the name of the environment variable holding the connection string (never the string itself on the command line).");
            }

            var connection = environment(variable);
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new CliUsageException($"--connection-env {variable}: the environment variable {variable} is not set or empty.");
            }

            var source = CliUsageException.FromArguments(() => CoMomentSource.Table(arguments.Table.Split('.')));
            var query = CliUsageException.FromArguments(() => new CoMomentQuery(SqlDialect.PostgreSql, source, columns, arguments.Weight, partition));
            statistics = PostgresCoMoments.ComputeAsync(query, connection).GetAwaiter().GetResult();
        }

        if (arguments.Options is { ScaleMinimum: { } min, ScaleMaximum: { } max } && statistics.Count > 0)
        {
            for (var j = 1; j < columns.Count; j++)
            {
                if (statistics.Minimum(j) < min || statistics.Maximum(j) > max)
                {
                    throw new CxOkr.Data.DataFormatException($"driver '{columns[j]}' has values in [{statistics.Minimum(j)}, {statistics.Maximum(j)}], off --scale {min}:{max}.");
                }
            }
        }

        var analyzer = CliUsageException.FromArguments(() => new KeyDriverAnalyzer(arguments.Options));
        var specification = CliUsageException.FromArguments(() => new KeyDriverSpecification(arguments.Outcome, arguments.Drivers, arguments.Weight));
        var result = analyzer.Analyze(statistics, specification);
        RefuseUnknownLowerIsBetter(analyzer.Options, result);
        switch (arguments.Format)
        {
            case "json":
                context.Out.WriteLine(ResultJson.ToJson(result, null));
                break;
            case "csv":
                context.Out.Write(ToCsv(result));
                break;
            default:
                context.Out.Write(ToTable(result));
                break;
        }

        return CliApp.Success;
    }
}
