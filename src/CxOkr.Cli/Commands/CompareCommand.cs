using System.CommandLine;
using System.Globalization;
using CxOkr.Data;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Serialization;

namespace CxOkr.Cli.Commands;

/// <summary>
/// <c>cxokr compare --data FILE.csv --metric nps|topBox|mean|proportion --column COL (--segment COL | --by
/// day|week|month|quarter --date-column COL) [--top-box N --scale MIN:MAX] [--weight COL]
/// [--nps-interval wald|adjustedWald] [--adjust holm|bh|none] [--confidence 0.95] [--format table|json]</c>:
/// is a difference between segments, or since the period before, real.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "CSV file with a header row.", Required = true };
        var metric = new Option<string>("--metric") { Description = "nps | topBox | mean | proportion.", Required = true };
        metric.AcceptOnlyFromAmong("nps", "topBox", "mean", "proportion");
        var column = new Option<string>("--column") { Description = "Column holding the answers.", Required = true };
        var segment = new Option<string?>("--segment") { Description = "Compare every pair of this column's groups (sorted by name)." };
        var by = new Option<string?>("--by") { Description = "Compare each day | week | month | quarter with the one before (needs --date-column)." };
        by.AcceptOnlyFromAmong("day", "week", "month", "quarter");
        var dateColumn = new Option<string?>("--date-column") { Description = "Column holding yyyy-MM-dd dates." };
        var topBox = new Option<double?>("--top-box") { Description = "Lowest answer counted as top box (required for topBox)." };
        var scale = new Option<string?>("--scale") { Description = "Valid answers as MIN:MAX; answers outside are rejected." };
        var weight = new Option<string?>("--weight") { Description = "Column holding survey weights (Kish effective n)." };
        var interval = new Option<string>("--nps-interval") { Description = "NPS estimate and variance per group: adjustedWald (default, Rocks 2016) | wald.", DefaultValueFactory = _ => "adjustedWald" };
        interval.AcceptOnlyFromAmong("wald", "adjustedWald");
        var adjust = new Option<string>("--adjust") { Description = "p-value adjustment over all pairs: holm (default) | bh | none.", DefaultValueFactory = _ => "holm" };
        adjust.AcceptOnlyFromAmong("holm", "bh", "none");
        var confidence = new Option<double>("--confidence") { Description = "Confidence level of the intervals.", DefaultValueFactory = _ => 0.95 };
        var format = CommonOptions.Format("table", "json");

        var command = new Command("compare", "Test differences between segments, or between each period and the one before: z tests (NPS, top-box, proportion), Welch's t (mean), Holm or BH adjusted.")
        {
            data, metric, column, segment, by, dateColumn, topBox, scale, weight, interval, adjust, confidence, format,
        };
        command.SetAction(parse => CliApp.Guarded(context, () =>
        {
            var calculation = Enum.Parse<Calculation>(parse.GetValue(metric)!, ignoreCase: true);
            var segmentName = parse.GetValue(segment);
            var byValue = parse.GetValue(by);
            var dateName = parse.GetValue(dateColumn);
            if ((segmentName is null) == (byValue is null))
            {
                throw new CliUsageException("give exactly one of --segment COL and --by day|week|month|quarter.");
            }

            if (byValue is not null && dateName is null)
            {
                throw new CliUsageException("--by needs --date-column.");
            }

            var level = parse.GetValue(confidence);
            var options = CliUsageException.FromArguments(() => new MeasureOptions(
                level,
                npsInterval: parse.GetValue(interval) == "wald" ? NpsIntervalMethod.Wald : NpsIntervalMethod.AdjustedWald));
            var adjustment = parse.GetValue(adjust) switch
            {
                "bh" => PValueAdjustment.BenjaminiHochberg,
                "none" => PValueAdjustment.None,
                _ => PValueAdjustment.Holm,
            };
            var valueColumn = parse.GetValue(column)!;
            var definition = CliUsageException.FromArguments(() => MetricsCommand.Definition(valueColumn, calculation, parse.GetValue(scale) is { } scaleText ? CommonOptions.Scale(scaleText) : null, parse.GetValue(topBox)));
            var columns = new MetricColumnCsvOptions(valueColumn) { WeightColumn = parse.GetValue(weight), DateColumn = dateName, SegmentColumn = segmentName };
            var answers = ResponseCsvReader.ReadAnswersFile(CommonOptions.ExistingFile(parse.GetValue(data)!, "Data file"), columns);
            var grouping = byValue is null ? Grouping.BySegment(segmentName!) : Grouping.ByPeriod(Enum.Parse<TimeBucket>(byValue, ignoreCase: true));
            var results = ResponseMeasures.Aggregate(definition, answers, grouping, options);
            var run = byValue is null
                ? MetricComparison.CompareSegments(results, adjustment, level)
                : MetricComparison.ComparePeriods(results, adjustment, level);
            if (parse.GetValue(format) == "json")
            {
                context.Out.WriteLine(ResultJson.ToJson(run));
            }
            else
            {
                WriteTable(context.Out, run);
            }

            return CliApp.Success;
        }));
        return command;
    }

    private static void WriteTable(TextWriter output, GroupComparisonSet run)
    {
        if (run.Comparisons.Count == 0)
        {
            output.WriteLine("only one group: nothing to compare.");
            return;
        }

        static string F(double? v) => v is { } x ? CommonOptions.Round4(x).ToString("0.0###", CultureInfo.InvariantCulture) : "-";
        static string P(double p) => p < 0.0001 ? "<0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);
        var mean = run.Metric == Calculation.Mean;
        var rows = run.Comparisons.Select(c => new[]
        {
            c.First, c.Second, F(c.Comparison.Difference), F(c.Comparison.StandardError), F(c.Comparison.Statistic),
            mean ? F(c.Comparison.DegreesOfFreedom) : "-", P(c.Comparison.PValue), P(c.AdjustedP),
            $"[{F(c.Comparison.Lower)}, {F(c.Comparison.Upper)}]", c.Significant ? "*" : string.Empty,
        }).ToList();
        var level = run.Confidence.ToString("0.###%", CultureInfo.InvariantCulture);
        string[] header = ["first", "second", "difference", "se", mean ? "t" : "z", "df", "p", $"p ({ComparisonSetJsonName(run.Adjustment)})", $"{level} interval", string.Empty];
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i is 0 or 1 or 9 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        }
    }

    private static string ComparisonSetJsonName(PValueAdjustment adjustment) => adjustment switch
    {
        PValueAdjustment.Holm => "holm",
        PValueAdjustment.BenjaminiHochberg => "bh",
        _ => "raw",
    };
}
