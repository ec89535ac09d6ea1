using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CxOkr.Data;
using CxOkr.Journeys;
using CxOkr.Measures;

namespace CxOkr.Cli.Commands;

/// <summary><c>cxokr metrics</c>: computes one CX metric with its interval from a survey CSV, optionally by period and segment.</summary>
internal static class MetricsCommand
{
    // Without --date-column the responses' dates are never read (--by needs one), but a Response needs a
    // real date (it refuses default(DateOnly)), so every undated row gets this one.
    private static readonly DateOnly Undated = new(2000, 1, 1);

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
        command.SetAction(parse => CliApp.Guarded(context, () =>
        {
            var calculation = Enum.Parse<Calculation>(parse.GetValue(metric)!, ignoreCase: true);
            var options = CliUsageException.FromArguments(() => new MeasureOptions(
                parse.GetValue(confidence),
                parse.GetValue(minN),
                parse.GetValue(interval) == "adjustedWald" ? NpsIntervalMethod.AdjustedWald : NpsIntervalMethod.Wald,
                parse.GetValue(outOfRange) == "exclude" ? OutOfRangePolicy.Exclude : OutOfRangePolicy.Reject));
            var valueColumn = parse.GetValue(column)!;
            var definition = CliUsageException.FromArguments(() => Definition(valueColumn, calculation, ParseScale(parse.GetValue(scale)), parse.GetValue(topBox)));
            var byValue = parse.GetValue(by);
            var dateName = parse.GetValue(dateColumn);
            if (byValue is not null && dateName is null)
            {
                throw new CliUsageException("--by needs --date-column.");
            }

            var segmentName = parse.GetValue(segment);
            var table = ReadTable(CommonOptions.ExistingFile(parse.GetValue(data)!, "Data file"));
            var responses = Responses(table, valueColumn, parse.GetValue(weight), dateName, segmentName);
            var grouping = byValue is null
                ? (segmentName is null ? Grouping.None : Grouping.BySegment(segmentName))
                : Grouping.ByPeriod(Enum.Parse<TimeBucket>(byValue, ignoreCase: true), segmentName);
            var results = ResponseMeasures.Aggregate(definition, responses, grouping, options);
            if (parse.GetValue(format) == "json")
            {
                WriteJson(context.Out, results, grouped: grouping != Grouping.None);
            }
            else
            {
                WriteTable(context.Out, results);
            }

            return CliApp.Success;
        }));
        return command;
    }

    private static MetricDefinition Definition(string id, Calculation calculation, MetricScale? scale, double? topBox)
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

    private static MetricScale? ParseScale(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(':');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var min)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var max))
        {
            throw new CliUsageException($"--scale '{text}' must be MIN:MAX, such as 1:5.");
        }

        return new MetricScale(min, max);
    }

    private static ColumnTable ReadTable(string path)
    {
        try
        {
            return CsvTableReader.ReadFile(path);
        }
        catch (DataFormatException ex)
        {
            throw new DataFormatException($"{path}: {ex.Message}", ex);
        }
    }

    private static string Column(ColumnTable table, string name, string option) =>
        table.Contains(name)
            ? name
            : throw new DataFormatException($"{option} '{name}' is not a column; columns are {string.Join(", ", table.ColumnNames)}.");

    // Respondents and cells are named by the line of the file their record starts on (the header is line 1),
    // as the reader counts them: blank lines and line breaks inside quoted fields count, as in an editor.
    private static string At(ColumnTable table, int row) =>
        table.GetLine(row) is { } line ? $"line {line}" : $"row {row + 1}";

    private static List<Response> Responses(ColumnTable table, string valueColumn, string? weightColumn, string? dateColumn, string? segmentColumn)
    {
        var value = Numeric(table, Column(table, valueColumn, "--column"));
        var weight = weightColumn is null ? null : Numeric(table, Column(table, weightColumn, "--weight"));
        var date = dateColumn is null ? null : Column(table, dateColumn, "--date-column");
        var segment = segmentColumn is null ? null : Column(table, segmentColumn, "--segment");
        var responses = new List<Response>(table.RowCount);
        for (var row = 0; row < table.RowCount; row++)
        {
            if (table.GetValue(row, value) is not { } v)
            {
                continue;
            }

            var at = At(table, row);

            var w = 1.0;
            if (weight is not null)
            {
                w = table.GetValue(row, weight) ?? throw new DataFormatException($"{at}, column '{weight}': the weight is missing.");
                if (!(w > 0))
                {
                    throw new DataFormatException($"{at}, column '{weight}': weight {table.GetText(row, weight)} must be above 0.");
                }
            }

            var day = Undated;
            if (date is not null)
            {
                if (!DateOnly.TryParseExact(table.GetText(row, date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
                {
                    throw new DataFormatException($"{at}, column '{date}': '{table.GetText(row, date)}' is not a yyyy-MM-dd date.");
                }

                if (day == DateOnly.MinValue)
                {
                    throw new DataFormatException($"{at}, column '{date}': 0001-01-01 is the default date, which marks a missing date; expected the day of the answer.");
                }
            }

            Dictionary<string, string>? segments = null;
            if (segment is not null && table.GetText(row, segment) is { } s)
            {
                segments = new Dictionary<string, string> { [segment] = s };
            }

            responses.Add(new Response(at, day, new Dictionary<string, double> { [value] = v }, w, segments: segments));
        }

        return responses;
    }

    /// <summary>The column's name when every cell is a number or missing; otherwise the first bad cell, by line.</summary>
    private static string Numeric(ColumnTable table, string column)
    {
        for (var row = 0; !table.IsNumeric(column) && row < table.RowCount; row++)
        {
            // The shared reader's rule: missing is empty or NA, and NaN is not a number.
            if (table.GetText(row, column) is { } text && text != "NA"
                && !(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !double.IsNaN(v)))
            {
                throw new DataFormatException($"{At(table, row)}, column '{column}': '{text}' is not a number.");
            }
        }

        return column;
    }

    private static string Name(Calculation calculation) => calculation switch
    {
        Calculation.TopBox => "topBox",
        _ => calculation.ToString().ToLowerInvariant(),
    };

    // Four decimals: well below any survey's precision, short enough to read.
    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static void WriteJson(TextWriter output, IReadOnlyList<MetricResult> results, bool grouped)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            if (grouped)
            {
                json.WriteStartArray();
            }

            foreach (var r in results)
            {
                json.WriteStartObject();
                json.WriteString("metric", Name(r.Metric));
                if (r.Group is null)
                {
                    json.WriteNull("group");
                }
                else
                {
                    json.WriteString("group", r.Group.Label);
                    json.WriteString("period", r.Group.Period);
                    if (r.Group.SegmentAttribute is not null)
                    {
                        json.WriteString("segment", r.Group.Segment);
                    }
                }

                json.WriteNumber("n", r.N);
                json.WriteNumber("effectiveN", Round(r.EffectiveN));
                json.WriteNumber("value", Round(r.Value));
                WriteNumber(json, "standardError", r.StandardError);
                WriteNumber(json, "lower", r.Lower);
                WriteNumber(json, "upper", r.Upper);
                json.WriteNumber("confidence", r.Confidence);
                json.WriteBoolean("lowSample", r.LowSample);
                if (r.Excluded > 0)
                {
                    json.WriteNumber("excluded", r.Excluded);
                }

                if (r.Nps is { } g)
                {
                    json.WriteNumber("promoters", Round(g.Promoters));
                    json.WriteNumber("passives", Round(g.Passives));
                    json.WriteNumber("detractors", Round(g.Detractors));
                    json.WriteNumber("promoterCount", g.PromoterCount);
                    json.WriteNumber("passiveCount", g.PassiveCount);
                    json.WriteNumber("detractorCount", g.DetractorCount);
                }

                json.WriteEndObject();
            }

            if (grouped)
            {
                json.WriteEndArray();
            }
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Round(v));
        }
        else
        {
            json.WriteNull(name);
        }
    }

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
