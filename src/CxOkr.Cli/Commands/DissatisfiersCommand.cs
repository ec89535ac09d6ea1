using System.CommandLine;
using System.Globalization;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Serialization;

namespace CxOkr.Cli.Commands;

/// <summary>
/// <c>cxokr dissatisfiers --data FILE.csv --outcome COL --drivers A,B,C [--low 6] [--high 9] [--outcome-low 6]
/// [--outcome-high 9] [--format table|json]</c>: key dissatisfiers and delighters (reach-noise Shapley,
/// penalty-reward contrast, Kano category).
/// </summary>
internal static class DissatisfiersCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "The survey CSV file (header row, empty cell = missing; rows missing the outcome or a driver are dropped).", Required = true };
        var outcome = new Option<string>("--outcome") { Description = "The outcome column.", Required = true };
        var drivers = new Option<string>("--drivers") { Description = "Comma-separated driver columns (at most 15).", Required = true };
        var low = new Option<double>("--low") { Description = "Driver answers at or below this fail.", DefaultValueFactory = _ => 6 };
        var high = new Option<double>("--high") { Description = "Driver answers at or above this delight.", DefaultValueFactory = _ => 9 };
        var outcomeLow = new Option<double>("--outcome-low") { Description = "Outcomes at or below this are dissatisfied.", DefaultValueFactory = _ => 6 };
        var outcomeHigh = new Option<double>("--outcome-high") { Description = "Outcomes at or above this are delighted.", DefaultValueFactory = _ => 9 };
        var format = CommonOptions.Format("table", "json");
        var command = new Command("dissatisfiers", "Key dissatisfiers and delighters: reach-noise Shapley values, penalty-reward contrast and Kano categories.")
        {
            data, outcome, drivers, low, high, outcomeLow, outcomeHigh, format,
        };
        command.SetAction(parse => CliApp.Guarded(context, () =>
        {
            var options = CliUsageException.FromArguments(() =>
            {
                try
                {
                    return new DissatisfierOptions(parse.GetValue(low), parse.GetValue(high), parse.GetValue(outcomeLow), parse.GetValue(outcomeHigh));
                }
                catch (ArgumentOutOfRangeException ex)
                {
                    var option = ex.ParamName == "outcomeHigh" ? "--outcome-high" : "--high";
                    throw new ArgumentException($"{option}: {ex.Message.Split(" (Parameter", 2)[0]}", ex);
                }
            });
            var table = CsvTableReader.ReadFile(CommonOptions.ExistingFile(parse.GetValue(data)!, "Data file"));
            var named = parse.GetValue(drivers)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (named.Length > DissatisfierOptions.MaxDrivers)
            {
                throw new CliUsageException($"--drivers: {named.Length} drivers given; the exact reach-noise Shapley values take at most {DissatisfierOptions.MaxDrivers}.");
            }

            var driverTable = CliUsageException.FromArguments(() => DriverTable.FromTable(table, parse.GetValue(outcome)!, named));
            var result = DissatisfierAnalyzer.Analyze(driverTable, options);
            if (parse.GetValue(format) == "json")
            {
                context.Out.WriteLine(ResultJson.ToJson(result));
            }
            else
            {
                WriteTable(context.Out, result);
            }

            return CliApp.Success;
        }));
        return command;
    }

    private static void WriteTable(TextWriter output, DissatisfierResult result)
    {
        static string F(double? v) => v is { } x ? CommonOptions.Round4(x).ToString("0.0###", CultureInfo.InvariantCulture) : "-";
        static string P(double? p) => p is not { } x ? "-" : x < 0.0001 ? "<0.0001" : x.ToString("0.0000", CultureInfo.InvariantCulture);
        static string S(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"outcome {result.Outcome}: {result.NUsed} rows, {result.Dissatisfied} dissatisfied, {result.Delighted} delighted"));
        var rows = result.Drivers.Select(d => new[]
        {
            d.Name, F(d.DissatisfierShapley), S(d.DissatisfierShare), F(d.SatisfierShapley), S(d.SatisfierShare),
            F(d.Penalty), P(d.PenaltyP), F(d.Reward), P(d.RewardP), DissatisfierResultJsonName(d.Category),
        }).ToList();
        string[] header = ["driver", "dissatisfier", "share", "satisfier", "share", "penalty", "p", "reward", "p", "category"];
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i is 0 or 9 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        }
    }

    private static string DissatisfierResultJsonName(KanoCategory category) => category switch
    {
        KanoCategory.Basic => "basic",
        KanoCategory.Excitement => "excitement",
        KanoCategory.Performance => "performance",
        _ => "indifferent",
    };
}
