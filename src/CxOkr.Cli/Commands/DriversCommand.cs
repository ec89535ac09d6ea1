using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Cli.Commands;

/// <summary>
/// <c>cxokr drivers --data FILE.csv --outcome COLUMN [--drivers A,B,C] [--weight COLUMN] [--scale MIN:MAX]
/// [--format table|json|csv] [--permutations N] [--seed S] [--complete-dominance BOOL] [--bootstrap B] [--confidence C]</c>: key-driver analysis of a survey CSV.
/// </summary>
internal static class DriversCommand
{
    private const int BarWidth = 30;

    public static Command Create(CliContext context)
    {
        var dataOption = new Option<string>("--data") { Description = "The survey CSV file (header row, '.' decimal point, empty cell = missing).", Required = true };
        var outcomeOption = new Option<string>("--outcome") { Description = "The outcome column.", Required = true };
        var driversOption = new Option<string?>("--drivers") { Description = "Comma-separated driver columns (default: every other numeric column but the weight)." };
        var weightOption = new Option<string?>("--weight") { Description = "The case-weight column." };
        var scaleOption = new Option<string?>("--scale") { Description = "Rating scale MIN:MAX for performance (default: each driver's observed range)." };
        var formatOption = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        formatOption.AcceptOnlyFromAmong("table", "json", "csv");
        var permutationsOption = new Option<int?>("--permutations") { Description = "Estimate Shapley values from this many random orderings instead of exactly." };
        var seedOption = new Option<ulong>("--seed") { Description = "Seed of the permutation sampler and the bootstrap.", DefaultValueFactory = _ => 1UL };
        var completeOption = new Option<bool>("--complete-dominance") { Description = "Build the complete dominance matrix (true by default; false is much faster at 25+ drivers).", DefaultValueFactory = _ => true };
        var bootstrapOption = new Option<int?>("--bootstrap") { Description = "Bootstrap replicates B for percentile and BCa intervals (table and json output)." };
        var confidenceOption = new Option<double>("--confidence") { Description = "Confidence level of the bootstrap intervals.", DefaultValueFactory = _ => 0.95 };
        var command = new Command("drivers", "Key-driver analysis: regression, correlations, Shapley/LMG, relative weights, dominance and the priority matrix.")
        {
            dataOption,
            outcomeOption,
            driversOption,
            weightOption,
            scaleOption,
            formatOption,
            permutationsOption,
            seedOption,
            completeOption,
            bootstrapOption,
            confidenceOption,
        };
        command.SetAction(parseResult => CliApp.Guarded(context, () =>
        {
            var path = parseResult.GetValue(dataOption)!;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"data file '{path}' does not exist.", path);
            }

            var table = CsvTableReader.ReadFile(path);
            var outcome = parseResult.GetValue(outcomeOption)!;
            var weight = parseResult.GetValue(weightOption);
            table.IndexOf(outcome);
            if (weight is not null)
            {
                table.IndexOf(weight);
            }

            var driversText = parseResult.GetValue(driversOption);
            var drivers = driversText is null
                ? table.ColumnNames.Where(c => c != outcome && c != weight && table.IsNumeric(c)).ToArray()
                : driversText.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (drivers.Length == 0)
            {
                throw new DataFormatException($"no driver columns: '{path}' has no numeric column besides the outcome and the weight.");
            }

            var options = new KeyDriverOptions { Seed = parseResult.GetValue(seedOption), CompleteDominance = parseResult.GetValue(completeOption) };
            if (parseResult.GetValue(scaleOption) is { } scale)
            {
                var (lo, hi) = ParseScale(scale);
                options = options with { ScaleMinimum = lo, ScaleMaximum = hi };
            }

            if (parseResult.GetValue(permutationsOption) is { } permutations)
            {
                options = options with { ShapleyMethod = ShapleyMethod.Sampling, Permutations = permutations };
            }

            var analyzer = CliUsageException.FromArguments(() => new KeyDriverAnalyzer(options));
            var progress = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected && drivers.Length >= 20
                ? new TerminalProgress(context.Error)
                : null;
            var specification = CliUsageException.FromArguments(() => new KeyDriverSpecification(outcome, drivers, weight));
            var result = analyzer.Analyze(table, specification, progress);
            progress?.Done();
            KeyDriverBootstrapResult? bootstrap = null;
            if (parseResult.GetValue(bootstrapOption) is { } replicates)
            {
                var bootstrapOptions = new BootstrapOptions { Replicates = replicates, Seed = options.Seed, Confidence = parseResult.GetValue(confidenceOption) };
                var bootstrapper = CliUsageException.FromArguments(() => new KeyDriverBootstrapper(options, bootstrapOptions));
                bootstrap = bootstrapper.Run(table, specification);
            }
            switch (parseResult.GetValue(formatOption))
            {
                case "json":
                    context.Out.WriteLine(ToJson(result, bootstrap));
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

    internal static (double Min, double Max) ParseScale(string text)
    {
        var parts = text.Split(':');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var hi)
            && double.IsFinite(lo) && double.IsFinite(hi) && hi > lo)
        {
            return (lo, hi);
        }

        throw new CliUsageException($"--scale '{text}' must be MIN:MAX with MIN below MAX, e.g. 1:10.");
    }

    internal static string ToJson(KeyDriverResult result, KeyDriverBootstrapResult? bootstrap = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("outcome", result.Outcome);
            if (result.Weight is null)
            {
                json.WriteNull("weight");
            }
            else
            {
                json.WriteString("weight", result.Weight);
            }

            json.WriteNumber("rowsRead", result.Rows?.RowsRead ?? result.NUsed);
            json.WriteNumber("nUsed", result.NUsed);
            if (result.Rows is { } rows)
            {
                json.WriteStartObject("rowsDropped");
                json.WriteNumber("missingOutcome", rows.MissingOutcome);
                json.WriteNumber("missingDriver", rows.MissingDriver);
                json.WriteNumber("missingWeight", rows.MissingWeight);
                json.WriteNumber("zeroWeight", rows.ZeroWeight);
                json.WriteEndObject();
            }

            json.WriteNumber("effectiveN", result.EffectiveN);
            json.WriteNumber("rSquared", result.RSquared);
            json.WriteNumber("adjustedRSquared", result.AdjustedRSquared);
            json.WriteNumber("fStatistic", result.FStatistic);
            json.WriteNumber("fPValue", result.FPValue);
            json.WriteNumber("intercept", result.Intercept);
            json.WriteNumber("conditionNumber", result.ConditionNumber);
            json.WriteString("shapleyMethod", result.ShapleyExact ? "exact" : "sampled");
            json.WriteNumber("shapleyPermutations", result.ShapleyPermutations);
            json.WriteStartArray("aliased");
            foreach (var name in result.AliasedDrivers)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteStartArray("drivers");
            foreach (var d in result.Drivers)
            {
                json.WriteStartObject();
                json.WriteString("name", d.Name);
                json.WriteNumber("coefficient", d.Coefficient);
                json.WriteNumber("standardError", d.StandardError);
                json.WriteNumber("t", d.T);
                json.WriteNumber("p", d.P);
                json.WriteNumber("correlation", d.Correlation);
                json.WriteNumber("vif", d.Vif);
                json.WriteNumber("shapley", d.Shapley);
                if (!result.ShapleyExact)
                {
                    json.WriteNumber("shapleyStandardError", d.ShapleyStandardError);
                }

                json.WriteNumber("first", d.First);
                json.WriteNumber("last", d.Last);
                json.WriteNumber("betaSquared", d.BetaSquared);
                json.WriteNumber("pratt", d.Pratt);
                json.WriteNumber("genizi", d.Genizi);
                json.WriteNumber("car", d.Car);
                json.WriteNumber("relativeWeight", d.RelativeWeight);
                json.WriteNumber("shapleyShare", d.ShapleyShare);
                json.WriteNumber("performance", d.Performance);
                json.WriteString("quadrant", QuadrantName(d.Quadrant));
                json.WriteNumber("relativeWeightShare", d.RelativeWeightShare);
                json.WriteNumber("signedShapley", d.SignedShapley);
                json.WriteNumber("standardizedCoefficient", d.StandardizedCoefficient);
                json.WriteNumber("correlationP", d.CorrelationP);
                if (d.SpearmanCorrelation is { } spearman)
                {
                    json.WriteNumber("spearman", spearman);
                }

                json.WriteNumber("mean", d.Mean);
                json.WriteNumber("standardDeviation", d.StandardDeviation);
                json.WriteStartArray("conditionalDominance");
                foreach (var v in d.ConditionalDominance)
                {
                    json.WriteNumberValue(v);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (result.CompleteDominance.Count > 0)
            {
                json.WriteStartArray("completeDominance");
                foreach (var row in result.CompleteDominance)
                {
                    json.WriteStartArray();
                    foreach (var v in row)
                    {
                        json.WriteNumberValue(v);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
            }
            if (bootstrap is not null)
            {
                WriteBootstrap(json, bootstrap);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteBootstrap(Utf8JsonWriter json, KeyDriverBootstrapResult bootstrap)
    {
        json.WriteStartObject("bootstrap");
        json.WriteNumber("replicates", bootstrap.Replicates);
        json.WriteNumber("failedReplicates", bootstrap.FailedReplicates);
        json.WriteNumber("confidence", bootstrap.Confidence);
        json.WriteNumber("seed", bootstrap.Seed);
        WriteInterval(json, bootstrap.RSquared);
        json.WriteStartArray("drivers");
        foreach (var d in bootstrap.Drivers)
        {
            json.WriteStartObject();
            json.WriteString("name", d.Name);
            json.WriteNumber("rankFirstShare", d.RankFirstShare);
            foreach (var interval in d.Intervals)
            {
                WriteInterval(json, interval);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteInterval(Utf8JsonWriter json, BootstrapInterval interval)
    {
        json.WriteStartObject(interval.Metric);
        json.WriteNumber("estimate", interval.Estimate);
        json.WriteNumber("standardError", interval.StandardError);
        json.WriteStartArray("percentile");
        json.WriteNumberValue(interval.PercentileLower);
        json.WriteNumberValue(interval.PercentileUpper);
        json.WriteEndArray();
        json.WriteStartArray("bca");
        json.WriteNumberValue(interval.BcaLower);
        json.WriteNumberValue(interval.BcaUpper);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static string ToCsv(KeyDriverResult result)
    {
        var text = new StringBuilder();
        text.Append("name,coefficient,standardError,t,p,correlation,vif,shapley,first,last,betaSquared,pratt,genizi,car,relativeWeight,shapleyShare,performance,quadrant\n");
        foreach (var d in result.Drivers)
        {
            text.Append(Quote(d.Name));
            foreach (var v in new[] { d.Coefficient, d.StandardError, d.T, d.P, d.Correlation, d.Vif, d.Shapley, d.First, d.Last, d.BetaSquared, d.Pratt, d.Genizi, d.Car, d.RelativeWeight, d.ShapleyShare, d.Performance })
            {
                text.Append(',').Append(v.ToString("R", CultureInfo.InvariantCulture));
            }

            text.Append(',').Append(QuadrantName(d.Quadrant)).Append('\n');
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
        foreach (var d in result.Drivers.OrderByDescending(d => Math.Round(d.ShapleyShare, 12)).ThenBy(d => d.Name, StringComparer.Ordinal))
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
            foreach (var d in bootstrap.Drivers.OrderByDescending(d => d.Interval("shapleyShare").Estimate).ThenBy(d => d.Name, StringComparer.Ordinal))
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

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

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
