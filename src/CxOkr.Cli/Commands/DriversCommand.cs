using System.CommandLine;
using System.Globalization;
using System.Text;
using CxOkr.Data;
using CxOkr.Data.Parquet;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Serialization;

namespace CxOkr.Cli.Commands;

/// <summary>
/// <c>cxokr drivers --data FILE.csv --outcome COLUMN [--drivers A,B,C] [--weight COLUMN] [--scale MIN:MAX]
/// [--format table|json|csv] [--permutations N] [--seed S] [--complete-dominance] [--bootstrap B] [--confidence C]
/// [--model linear|logit|ordinal] [--join FILE --on KEY] [--exact-limit N] [--allow-partial] [--topics topics.json --text COLUMN]
/// [--delimiter C] [--decimal C] [--skip-rows N] [--encoding E]</c>: key-driver analysis of a survey CSV.
/// </summary>
internal static partial class DriversCommand
{
    private const int BarWidth = 30;

    public static Command Create(CliContext context)
    {
        var dataOption = new Option<string?>("--data") { Description = "The survey CSV file (header row, '.' decimal point, empty cell = missing), or a Parquet file (*.parquet); with --engine duckdb a Parquet or CSV path or glob, e.g. 'responses/*.parquet'." };
        var outcomeOption = new Option<string>("--outcome") { Description = "The outcome column.", Required = true };
        var driversOption = new Option<string?>("--drivers") { Description = "Comma-separated driver columns (default: every other column holding numbers but the weight; a column mixing numbers and text is an error)." };
        var weightOption = new Option<string?>("--weight") { Description = "The case-weight column." };
        var scaleOption = new Option<string?>("--scale") { Description = "Rating scale MIN:MAX of the drivers, for performance; a driver value off it is an error, or excluded with --out-of-range exclude (default: each driver's observed range, no check)." };
        var outOfRangeOption = new Option<string>("--out-of-range") { Description = "reject (default) | exclude: what to do with a driver value off --scale.", DefaultValueFactory = _ => "reject" };
        outOfRangeOption.AcceptOnlyFromAmong("reject", "exclude");
        var formatOption = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        formatOption.AcceptOnlyFromAmong("table", "json", "csv");
        var permutationsOption = new Option<int?>("--permutations") { Description = "Estimate Shapley values from this many random orderings instead of exactly." };
        var seedOption = new Option<ulong>("--seed") { Description = "Seed of the permutation sampler and the bootstrap.", DefaultValueFactory = _ => 1UL };
        var completeOption = new Option<bool>("--complete-dominance") { Description = "Also build the complete dominance matrix (off by default: about 8 times the work of the Shapley values at 20+ drivers)." };
        var bootstrapOption = new Option<int?>("--bootstrap") { Description = "Bootstrap replicates B for percentile and BCa intervals (table and json output)." };
        var confidenceOption = new Option<double>("--confidence") { Description = "Confidence level of the bootstrap intervals.", DefaultValueFactory = _ => 0.95 };
        var topicsOption = new Option<string?>("--topics") { Description = "Topic definitions (JSON, docs/topics.md): one 0/1 driver per topic, tagged in the --text column." };
        var textOption = new Option<string?>("--text") { Description = "The column of comments that --topics tags (it is replaced by the topic drivers)." };
        var modelOption = new Option<string>("--model") { Description = "linear (default): least squares on a rating; logit: logistic regression of a 0/1 outcome (e.g. churned); ordinal: cumulative logit of ordered levels.", DefaultValueFactory = _ => "linear" };
        modelOption.AcceptOnlyFromAmong("linear", "logit", "ordinal");
        var joinOption = new Option<string?>("--join") { Description = "A second CSV (e.g. billing or CRM data, one row per key) whose columns are joined to the survey rows by --on (inner join)." };
        var onOption = new Option<string?>("--on") { Description = "The key column of --join, present in both files." };
        var exactLimitOption = new Option<int?>("--exact-limit") { Description = "Largest number of drivers for exact Shapley values (logit/ordinal: default 12, at most 20, each subset refitted; linear: default 30); above it they are sampled." };
        var lowerOption = new Option<string?>("--lower-is-better") { Description = "Comma-separated drivers for which a lower value is better (hold time, transfers): their performance in the priority matrix is reversed." };
        var partialOption = new Option<bool>("--allow-partial") { Description = "logit/ordinal: on separation or non-convergence print the flagged partial result instead of failing." };
        var spearmanOption = new Option<bool>("--spearman") { Description = "linear: also compute Spearman rank correlations (JSON 'spearman'); they need the rows, so the file is read into memory instead of in one streaming pass." };
        var engineOption = new Option<string>("--engine") { Description = "memory (default): read the file here; duckdb: compute the co-moments inside embedded DuckDB over --data files; postgres: inside PostgreSQL over --table (linear model only, docs/engines.md).", DefaultValueFactory = _ => "memory" };
        engineOption.AcceptOnlyFromAmong("memory", "duckdb", "postgres");
        var tableOption = new Option<string?>("--table") { Description = "--engine postgres: the table or view, [SCHEMA.]TABLE (names as stored, case-sensitive)." };
        var connectionEnvOption = new Option<string?>("--connection-env") { Description = "--engine postgres: the NAME of the environment variable holding the Npgsql connection string (never the string itself)." };
        var partitionOption = new Option<string?>("--partition-by") { Description = "--engine duckdb|postgres: hash this column into --partitions partials merged in .NET (default: one partition)." };
        var partitionsOption = new Option<int>("--partitions") { Description = "Number of hash partitions of --partition-by.", DefaultValueFactory = _ => 16 };
        var command = new Command("drivers", "Key-driver analysis: regression, correlations, Shapley/LMG, relative weights, dominance and the priority matrix.")
        {
            dataOption,
            outcomeOption,
            driversOption,
            weightOption,
            scaleOption,
            outOfRangeOption,
            formatOption,
            permutationsOption,
            seedOption,
            completeOption,
            lowerOption,
            bootstrapOption,
            confidenceOption,
            topicsOption,
            textOption,
            modelOption,
            joinOption,
            onOption,
            exactLimitOption,
            partialOption,
            spearmanOption,
            engineOption,
            tableOption,
            connectionEnvOption,
            partitionOption,
            partitionsOption,
        };
        var csvOptions = CsvInputOptions.AddTo(command);
        command.SetAction(parseResult => CliApp.Guarded(context, () =>
        {
            var engine = parseResult.GetValue(engineOption)!;
            if (engine != "memory")
            {
                return RunOnEngine(context, EngineArgumentsOf(parseResult, engine), Environment.GetEnvironmentVariable);
            }

            var path = parseResult.GetValue(dataOption) ?? throw new CliUsageException("--data FILE is required (or --engine postgres --table T).");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"data file '{path}' does not exist.", path);
            }

            var csv = csvOptions.Read(parseResult, context);
            var driversText = parseResult.GetValue(driversOption);
            var named = driversText?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (named is { Length: 0 })
            {
                throw new CliUsageException($"--drivers '{driversText}' names no column; give column names separated by commas, or leave --drivers out for every numeric column.");
            }

            var model = parseResult.GetValue(modelOption)!;
            var outcome = parseResult.GetValue(outcomeOption)!;
            var weight = parseResult.GetValue(weightOption);
            var (options, driverScale) = AnalyzerOptions(parseResult, model);

            var outOfRange = parseResult.GetValue(outOfRangeOption) == "exclude" ? OutOfRangePolicy.Exclude : OutOfRangePolicy.Reject;
            KeyDriverResult result;
            KeyDriverBootstrapResult? bootstrap = null;
            var parquet = path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);
            if (model == "linear" && parseResult.GetValue(bootstrapOption) is null && parseResult.GetValue(topicsOption) is null
                && parseResult.GetValue(joinOption) is null && parseResult.GetValue(onOption) is null && !parseResult.GetValue(spearmanOption))
            {
                // Sufficient statistics only: one streaming pass into the accumulator, the table is never held;
                // a Parquet file is read column by column into the compact store and accumulated (no Spearman ranks, as for CSV).
                var statistics = CliUsageException.FromArguments(() => parquet
                    ? DriverStatistics.FromTable(ParquetTableReader.ReadFile(path), outcome, named, weight, driverScale, outOfRange)
                    : DriverStatistics.ReadCsv(path, outcome, named, weight, driverScale, outOfRange, csv));
                if (statistics.ExcludedValues > 0)
                {
                    context.Error.WriteLine($"cxokr: note: {statistics.ExcludedValues} driver value(s) off --scale left out (--out-of-range exclude); their rows are dropped.");
                }

                var streamingAnalyzer = CliUsageException.FromArguments(() => new KeyDriverAnalyzer(options));
                var streamingProgress = context.Terminal is { } streamingTerminal && statistics.Specification.Drivers.Count >= 20 ? new TerminalProgress(streamingTerminal) : null;
                result = streamingAnalyzer.Analyze(statistics, streamingProgress);
                streamingProgress?.Done();
            }
            else
            {
                // A Parquet file (CxOkr.Data.Parquet) goes into the same compact column store as a CSV file.
                var table = parquet ? ParquetTableReader.ReadFile(path) : CsvTableReader.ReadFile(path, csv);

                // Topics tag the survey's comment column before any join, so the topic drivers travel with the survey rows.
                (table, named) = TopicsCommand.WithTopicDrivers(table, named, parseResult.GetValue(topicsOption), parseResult.GetValue(textOption));

                var joinPath = parseResult.GetValue(joinOption);
                var key = parseResult.GetValue(onOption);
                TableJoin? join = null;
                if ((joinPath is null) != (key is null))
                {
                    throw new CliUsageException("--join and --on go together: --join FILE names the table to join, --on KEY its key column.");
                }

                if (joinPath is not null)
                {
                    if (!File.Exists(joinPath))
                    {
                        throw new FileNotFoundException($"join file '{joinPath}' does not exist.", joinPath);
                    }

                    join = table.InnerJoin(CsvTableReader.ReadFile(joinPath, csv), key!);
                    table = join.Table;
                }

                // The library's table rules: default drivers (a column with numbers and a typo is an error), the scale check.
                var data = CliUsageException.FromArguments(() => join is null
                    ? DriverTable.FromTable(table, outcome, named, weight, driverScale, outOfRange)
                    : DriverTable.FromTable(join, outcome, named, weight, driverScale, outOfRange));
                if (data.ExcludedValues > 0)
                {
                    context.Error.WriteLine($"cxokr: note: {data.ExcludedValues} driver value(s) off --scale left out (--out-of-range exclude); their rows are dropped.");
                }

                if (model != "linear")
                {
                    return RunOutcomeModel(context, data, model, new OutcomeModelArguments(
                        options, parseResult.GetValue(exactLimitOption), parseResult.GetValue(partialOption), parseResult.GetValue(formatOption)!,
                        parseResult.GetValue(bootstrapOption) is not null, parseResult.GetValue(completeOption)));
                }

                if (join is { Unmatched: > 0 })
                {
                    context.Error.WriteLine($"cxokr: note: {join.Unmatched} of {join.RowsRead} survey rows have no match in --join and are left out.");
                }

                var specification = data.Specification;
                var drivers = specification.Drivers;
                var analyzer = CliUsageException.FromArguments(() => new KeyDriverAnalyzer(options));
                var progress = context.Terminal is { } terminal && drivers.Count >= 20
                    ? new TerminalProgress(terminal)
                    : null;
                result = analyzer.Analyze(data.Table, specification, progress);
                progress?.Done();
                if (parseResult.GetValue(bootstrapOption) is { } replicates)
                {
                    var bootstrapOptions = new BootstrapOptions { Replicates = replicates, Seed = options.Seed, Confidence = parseResult.GetValue(confidenceOption) };
                    var bootstrapper = CliUsageException.FromArguments(() => new KeyDriverBootstrapper(options, bootstrapOptions));
                    bootstrap = bootstrapper.Run(data.Table, specification);
                }
            }

            RefuseUnknownLowerIsBetter(options, result);
            switch (parseResult.GetValue(formatOption))
            {
                case "json":
                    context.Out.WriteLine(ResultJson.ToJson(result, bootstrap));
                    break;
                case "csv":
                    context.Out.Write(ToCsv(result));
                    break;
                default:
                    context.Out.Write(ToTable(result, bootstrap));
                    break;
            }

            return CliApp.Success;
        }));
        return command;
    }

    /// <summary>A --lower-is-better name that is no driver of the analysis is a usage error (a typo must not pass silently).</summary>
    private static void RefuseUnknownLowerIsBetter(KeyDriverOptions options, KeyDriverResult result)
    {
        if (options.LowerIsBetterDrivers.FirstOrDefault(name => !result.Drivers.Any(d => d.Name == name)) is { } unknown)
        {
            throw new CliUsageException($"--lower-is-better names '{unknown}', which is not a driver of the analysis ({string.Join(", ", result.Drivers.Select(static d => d.Name))}).");
        }
    }

    private static (KeyDriverOptions Options, MetricScale? Scale) AnalyzerOptions(ParseResult parseResult, string model)
    {
        var lowerText = parseResult.GetValue<string?>("--lower-is-better");
        var lower = lowerText?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (lowerText is not null && lower.Length == 0)
        {
            throw new CliUsageException($"--lower-is-better '{lowerText}' names no driver; give driver names separated by commas.");
        }

        var options = new KeyDriverOptions { Seed = parseResult.GetValue<ulong>("--seed"), CompleteDominance = parseResult.GetValue<bool>("--complete-dominance"), LowerIsBetterDrivers = lower };
        MetricScale? driverScale = null;
        if (parseResult.GetValue<string?>("--scale") is { } scale)
        {
            driverScale = CommonOptions.Scale(scale);
            options = options with { ScaleMinimum = driverScale.Min, ScaleMaximum = driverScale.Max };
        }

        if (parseResult.GetValue<int?>("--permutations") is { } permutations)
        {
            options = options with { ShapleyMethod = ShapleyMethod.Sampling, Permutations = permutations };
        }

        if (parseResult.GetValue<int?>("--exact-limit") is { } exactLimit && model == "linear")
        {
            options = options with { MaxExactDrivers = exactLimit };
        }

        return (options, driverScale);
    }

    private static EngineArguments EngineArgumentsOf(ParseResult parseResult, string engine)
    {
        string[] rowOnly = ["--topics", "--text", "--join", "--on", "--bootstrap"];
        foreach (var name in rowOnly)
        {
            if (parseResult.GetResult(name) is System.CommandLine.Parsing.OptionResult { Implicit: false })
            {
                throw new CliUsageException($"{name} needs the rows in memory; it cannot be used with --engine {engine}.");
            }
        }

        var model = parseResult.GetValue<string>("--model")!;
        if (model != "linear" || parseResult.GetValue<string>("--out-of-range") != "reject")
        {
            throw new CliUsageException($"--engine {engine} runs the linear model from co-moments; --model {model} and --out-of-range exclude need the rows in memory.");
        }

        var driversText = parseResult.GetValue<string?>("--drivers");
        var named = driversText?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (named is { Length: 0 })
        {
            throw new CliUsageException($"--drivers '{driversText}' names no column.");
        }

        return new EngineArguments(
            engine, parseResult.GetValue<string?>("--data"), parseResult.GetValue<string?>("--table"), parseResult.GetValue<string?>("--connection-env"),
            parseResult.GetValue<string>("--outcome")!, named, parseResult.GetValue<string?>("--weight"), AnalyzerOptions(parseResult, model).Options,
            parseResult.GetValue<string>("--format")!, parseResult.GetValue<int>("--partitions"), parseResult.GetValue<string?>("--partition-by"));
    }

    internal static string ToCsv(KeyDriverResult result)
    {
        var text = new StringBuilder();
        text.Append("name,coefficient,standardError,t,p,correlation,vif,shapley,first,last,betaSquared,pratt,genizi,car,relativeWeight,shapleyShare,performance,quadrant\n");
        foreach (var d in result.Drivers)
        {
            text.Append(CsvCell.Text(d.Name));
            foreach (var v in new[] { d.Coefficient, d.StandardError, d.T, d.P, d.Correlation, d.Vif, d.Shapley, d.First, d.Last, d.BetaSquared, d.Pratt, d.Genizi, d.Car, d.RelativeWeight, d.ShapleyShare, d.Performance })
            {
                text.Append(',').Append(v.ToString("R", CultureInfo.InvariantCulture));
            }

            text.Append(',').Append(QuadrantName(d.Quadrant)).Append('\n');
        }

        // An aliased driver (a linear combination of the others) has no estimates, but it is not left out silently.
        foreach (var name in result.AliasedDrivers)
        {
            text.Append(CsvCell.Text(name)).Append(',', 16).Append(",aliased (left out)\n");
        }

        return text.ToString();
    }

    internal static string ToTable(KeyDriverResult result, KeyDriverBootstrapResult? bootstrap = null)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var rows = result.Rows is { } r ? $"{result.NUsed} of {r.RowsRead} rows used" : $"{result.NUsed} rows";
        text.Append(c, $"Outcome {result.Outcome}{(result.Weight is null ? string.Empty : $" (weight {result.Weight}, effective n {result.EffectiveN:F1})")}: {rows}\n");
        text.Append(c, $"R² {result.RSquared:F4}   adjusted R² {result.AdjustedRSquared:F4}   F {result.FStatistic:F2} (p {result.FPValue:G3})   condition number {result.ConditionNumber:F1}\n");
        text.Append(result.ShapleyExact ? "Shapley values exact (all subsets).\n" : $"Shapley values sampled from {result.ShapleyPermutations} random orderings.\n");
        if (result.AliasedDrivers.Count > 0)
        {
            text.Append("Aliased, left out: ").Append(string.Join(", ", result.AliasedDrivers)).Append('\n');
        }

        text.Append('\n');
        var nameWidth = Math.Max(6, result.Drivers.Max(d => d.Name.Length));
        text.Append("Driver".PadRight(nameWidth)).Append("  Share   ").Append("".PadRight(BarWidth)).Append("  Shapley   RelWt    Coef        p   VIF    Perf  Quadrant\n");
        var top = result.Drivers.Max(d => d.ShapleyShare);
        var ordered = DriverOrder.Sort(result.Drivers);
        foreach (var d in ordered)
        {
            var bar = top > 0 ? (int)Math.Round(BarWidth * d.ShapleyShare / top) : 0;
            text.Append(d.Name.PadRight(nameWidth))
                .Append(c, $"  {d.ShapleyShare * 100,5:F1}%  ")
                .Append(new string('#', bar).PadRight(BarWidth))
                .Append(c, $"  {d.Shapley,7:F4}  {d.RelativeWeight,6:F4}  {d.Coefficient,7:G4}  {d.P,7:G2}  {d.Vif,5:F2}  {d.Performance,5:F1}  {QuadrantName(d.Quadrant)}\n");
        }

        if (bootstrap is not null)
        {
            text.Append(c, $"\nBootstrap, {bootstrap.Replicates} replicates ({bootstrap.FailedReplicates} failed), {bootstrap.Confidence * 100:0.##}% BCa intervals:\n");
            text.Append(c, $"R² {bootstrap.RSquared.Estimate:F4} [{bootstrap.RSquared.BcaLower:F4}, {bootstrap.RSquared.BcaUpper:F4}]\n");
            text.Append("Driver".PadRight(nameWidth)).Append("  Share   BCa interval        Ranks first\n");
            // The same rows in the same order as the table above (DriverOrder on the point estimates).
            var intervals = bootstrap.Drivers.ToDictionary(static d => d.Name, StringComparer.Ordinal);
            foreach (var d in ordered.Where(d => intervals.ContainsKey(d.Name)).Select(d => intervals[d.Name]))
            {
                var share = d.Interval("shapleyShare");
                text.Append(d.Name.PadRight(nameWidth))
                    .Append(c, $"  {share.Estimate * 100,5:F1}%  [{share.BcaLower * 100,5:F1}%, {share.BcaUpper * 100,5:F1}%]  {d.RankFirstShare * 100,5:F1}%\n");
            }
        }

        return text.ToString();
    }

    private static string QuadrantName(Quadrant quadrant) => quadrant switch
    {
        Quadrant.Focus => "focus",
        Quadrant.Maintain => "maintain",
        Quadrant.Monitor => "monitor",
        _ => "promote",
    };

    /// <summary>A one-line progress bar on a terminal's stderr.</summary>
    private sealed class TerminalProgress(TextWriter error) : IProgress<double>
    {
        private readonly object gate = new();
        private int shown = -1;

        public void Report(double value)
        {
            var percent = (int)(value * 100);
            lock (gate)
            {
                if (percent == shown)
                {
                    return;
                }

                shown = percent;
                var filled = percent * BarWidth / 100;
                error.Write($"\rShapley [{new string('#', filled).PadRight(BarWidth)}] {percent,3}%");
            }
        }

        public void Done()
        {
            if (shown >= 0)
            {
                error.Write("\r" + new string(' ', BarWidth + 20) + "\r");
            }
        }
    }
}
