using System.CommandLine;
using System.Globalization;
using CxOkr.Data;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Serialization;

namespace CxOkr.Cli.Commands;

/// <summary><c>cxokr metrics</c>: computes one CX metric with its interval from a survey CSV, optionally by period and segment.</summary>
internal static class MetricsCommand
{
    private static readonly string[] Calculations = ["nps", "topBox", "mean", "proportion", "median", "sum", "count"];

    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "CSV file with a header row.", Required = true };
        var metric = new Option<string>("--metric") { Description = "nps | topBox | mean | proportion | median | sum | count.", Required = true };
        metric.AcceptOnlyFromAmong(Calculations);
        var column = new Option<string>("--column") { Description = "Column holding the answers.", Required = true };
        var weight = new Option<string?>("--weight") { Description = "Column holding survey weights (default: every row weighs 1)." };
        var topBox = new Option<double?>("--top-box") { Description = "Lowest answer counted as top box (required for topBox)." };
        var scale = new Option<string?>("--scale") { Description = "Valid answers as MIN:MAX; answers outside are rejected (nps is always 0:10)." };
        var by = new Option<string?>("--by") { Description = "Group by day | week | month | quarter (needs --date-column)." };
        by.AcceptOnlyFromAmong("day", "week", "month", "quarter");
        var dateColumn = new Option<string?>("--date-column") { Description = "Column holding yyyy-MM-dd dates." };
        var segment = new Option<string?>("--segment") { Description = "Column to group by (region, plan, ...)." };
        var confidence = new Option<double>("--confidence") { Description = "Confidence level of the intervals.", DefaultValueFactory = _ => 0.95 };
        var interval = new Option<string>("--nps-interval") { Description = "NPS interval: wald | adjustedWald.", DefaultValueFactory = _ => "wald" };
        interval.AcceptOnlyFromAmong("wald", "adjustedWald");
        var outOfRange = new Option<string>("--out-of-range") { Description = "reject (default) | exclude: what to do with answers outside the scale.", DefaultValueFactory = _ => "reject" };
        outOfRange.AcceptOnlyFromAmong("reject", "exclude");
        var minN = new Option<double>("--min-effective-n") { Description = "Results below this effective n are flagged lowSample.", DefaultValueFactory = _ => MeasureOptions.DefaultMinEffectiveN };
        var format = new Option<string>("--format") { Description = "table | json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");

        var command = new Command("metrics", "Compute NPS, top-box, mean, proportion, median, sum or count with confidence intervals from a CSV file.")
        {
            data, metric, column, weight, topBox, scale, by, dateColumn, segment, confidence, interval, outOfRange, minN, format,
        };
        var csvOptions = CsvInputOptions.AddTo(command);
        command.SetAction(parse => CliApp.Guarded(context, () =>
        {
            var calculation = Enum.Parse<Calculation>(parse.GetValue(metric)!, ignoreCase: true);
            var options = CliUsageException.FromArguments(() => new MeasureOptions(
                parse.GetValue(confidence),
                parse.GetValue(minN),
                parse.GetValue(interval) == "adjustedWald" ? NpsIntervalMethod.AdjustedWald : NpsIntervalMethod.Wald,
                parse.GetValue(outOfRange) == "exclude" ? OutOfRangePolicy.Exclude : OutOfRangePolicy.Reject));
            var valueColumn = parse.GetValue(column)!;
            var definition = CliUsageException.FromArguments(() => Definition(valueColumn, calculation, parse.GetValue(scale) is { } scaleText ? CommonOptions.Scale(scaleText) : null, parse.GetValue(topBox)));
            var byValue = parse.GetValue(by);
            var dateName = parse.GetValue(dateColumn);
            if (byValue is not null && dateName is null)
            {
                throw new CliUsageException("--by needs --date-column.");
            }

            var segmentName = parse.GetValue(segment);
            var columns = new MetricColumnCsvOptions(valueColumn) { WeightColumn = parse.GetValue(weight), DateColumn = dateName, SegmentColumn = segmentName, Csv = csvOptions.Read(parse, context) };
            var answers = ResponseCsvReader.ReadAnswersFile(CommonOptions.ExistingFile(parse.GetValue(data)!, "Data file"), columns);
            var grouping = byValue is null
                ? (segmentName is null ? Grouping.None : Grouping.BySegment(segmentName))
                : Grouping.ByPeriod(Enum.Parse<TimeBucket>(byValue, ignoreCase: true), segmentName);
            var results = ResponseMeasures.Aggregate(definition, answers, grouping, options);
            if (parse.GetValue(format) == "json")
            {
                context.Out.WriteLine(grouping == Grouping.None ? ResultJson.ToJson(results[0]) : ResultJson.ToJson(results));
            }
            else
            {
                WriteTable(context.Out, results);
            }

            return CliApp.Success;
        }));
        return command;
    }

    internal static MetricDefinition Definition(string id, Calculation calculation, MetricScale? scale, double? topBox)
    {
        if (calculation == Calculation.TopBox)
        {
            var threshold = topBox ?? throw new CliUsageException("--metric topBox needs --top-box N.");
            scale = scale is null
                ? new MetricScale(double.MinValue, double.MaxValue, threshold)
                : new MetricScale(scale.Min, scale.Max, threshold);
        }
        else if (topBox is not null)
        {
            throw new CliUsageException("--top-box applies only to --metric topBox.");
        }

        return new MetricDefinition(id, id, MetricTier.Relationship, MetricScope.None, DataKind.Experience, Collection.Solicited, Structure.Structured, calculation, scale);
    }

    private static string Name(Calculation calculation) => calculation switch
    {
        Calculation.TopBox => "topBox",
        _ => calculation.ToString().ToLowerInvariant(),
    };

    // Four decimals in the table: well below any survey's precision, short enough to read.
    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static void WriteTable(TextWriter output, IReadOnlyList<MetricResult> results)
    {
        string F(double? v) => v is { } x ? Round(x).ToString("0.0###", CultureInfo.InvariantCulture) : "-";
        var rows = results.Select(r => new[]
        {
            r.Group?.Label ?? "all", r.N.ToString(CultureInfo.InvariantCulture), F(r.EffectiveN), F(r.Value), F(r.StandardError),
            r.Lower is null ? "-" : $"[{F(r.Lower)}, {F(r.Upper)}]", r.LowSample ? "low sample" : "",
        }).ToList();
        string[] header = ["group", "n", "n_eff", Name(results[0].Metric), "se", $"{results[0].Confidence:P0} interval".Replace(" %", "%", StringComparison.Ordinal), ""];
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i is 0 or 6 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        }
    }
}
