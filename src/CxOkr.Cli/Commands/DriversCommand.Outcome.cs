using System.Globalization;
using System.Text;
using CxOkr.Drivers;
using CxOkr.Serialization;

namespace CxOkr.Cli.Commands;

/// <summary><c>cxokr drivers --model logit|ordinal</c>: logistic and ordinal key-driver models (docs/outcome-drivers.md).</summary>
internal static partial class DriversCommand
{
    private static int RunOutcomeModel(CliContext context, DriverTable data, string model, OutcomeModelArguments arguments)
    {
        if (arguments.Bootstrap || arguments.CompleteDominance)
        {
            throw new CliUsageException($"--bootstrap and --complete-dominance are for the linear model, not --model {model}.");
        }

        if (arguments.Format == "csv")
        {
            throw new CliUsageException($"--format csv is for the linear model; use table or json with --model {model}.");
        }

        var linear = arguments.Linear;
        var options = new OutcomeDriverOptions
        {
            ShapleyMethod = linear.ShapleyMethod,
            Permutations = linear.ShapleyMethod == ShapleyMethod.Sampling ? linear.Permutations : new OutcomeDriverOptions().Permutations,
            Seed = linear.Seed,
            ScaleMinimum = linear.ScaleMinimum,
            ScaleMaximum = linear.ScaleMaximum,
            AllowPartialResult = arguments.AllowPartial,
            LowerIsBetterDrivers = linear.LowerIsBetterDrivers,
        };
        if (arguments.ExactLimit is { } limit)
        {
            options = options with { ExactLimit = limit };
        }

        var analyzer = CliUsageException.FromArguments(() => new OutcomeDriverAnalyzer(options));
        OutcomeDriverResult result = model == "logit" ? analyzer.AnalyzeLogistic(data) : analyzer.AnalyzeOrdinal(data);
        if (result.Problem is { } problem)
        {
            context.Error.WriteLine($"cxokr: warning: partial result ({JsonNames.Camel(problem)}: {string.Join(", ", result.ProblemDrivers)}): the numbers are those of the last iteration, not estimates.");
        }

        if (arguments.Format == "json")
        {
            context.Out.WriteLine(ResultJson.ToJson(result));
        }
        else
        {
            context.Out.Write(ToTable(result));
        }

        return CliApp.Success;
    }

    internal static string ToTable(OutcomeDriverResult result)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var kind = result is LogisticDriverResult ? "logit" : "ordinal";
        var read = result.Rows.RowsRead + result.UnmatchedRows;
        var unmatched = result.UnmatchedRows > 0 ? $", {result.UnmatchedRows} without a match in the joined file" : string.Empty;
        text.Append(c, $"Outcome {result.Outcome} ({kind}{(result.Weight is null ? string.Empty : $", weight {result.Weight}")}): {result.NUsed} of {read} rows used{unmatched}\n");
        if (result.Problem is { } problem)
        {
            text.Append(c, $"PARTIAL RESULT, NOT ESTIMATES: {JsonNames.Camel(problem)} ({string.Join(", ", result.ProblemDrivers)})\n");
        }

        text.Append(c, $"Log-likelihood {result.LogLikelihood:F4} (null {result.NullLogLikelihood:F4}), {result.Iterations} iterations{(result.Converged ? string.Empty : ", not converged")}\n");
        var r2 = result.PseudoRSquared;
        text.Append(c, $"Pseudo-R²: McFadden {r2.McFadden:F4}   Cox-Snell {r2.CoxSnell:F4}   Nagelkerke {r2.Nagelkerke:F4}   Estrella {r2.Estrella:F4}\n");
        if (result is LogisticDriverResult logistic)
        {
            text.Append(c, $"Intercept {logistic.Intercept:G4} (SE {logistic.InterceptStandardError:G3})\n");
        }
        else if (result is OrdinalDriverResult ordinal)
        {
            text.Append("Thresholds:");
            foreach (var t in ordinal.Thresholds)
            {
                text.Append(c, $"  {t.Below}|{t.Above} {t.Value:G4} (SE {t.StandardError:G3})");
            }

            text.Append('\n');
        }

        text.Append(result.ShapleyExact ? "Shapley values of McFadden's R² exact (all subsets refitted).\n" : $"Shapley values of McFadden's R² sampled from {result.ShapleyPermutations} random orderings.\n");
        text.Append('\n');
        var nameWidth = Math.Max(6, result.Drivers.Max(d => d.Name.Length));
        text.Append("Driver".PadRight(nameWidth)).Append("  Share   ").Append(string.Empty.PadRight(BarWidth)).Append("  Shapley     Coef  OddsR        p   Perf  Quadrant\n");
        var top = result.Drivers.Max(d => d.ShapleyShare);
        var ordered = result.Drivers.ToList();
        ordered.Sort((a, b) => DriverOrder.Compare(a.Name, a.ShapleyShare, b.Name, b.ShapleyShare));
        foreach (var d in ordered)
        {
            var bar = top > 0 ? (int)Math.Round(BarWidth * d.ShapleyShare / top) : 0;
            text.Append(d.Name.PadRight(nameWidth))
                .Append(c, $"  {d.ShapleyShare * 100,5:F1}%  ")
                .Append(new string('#', bar).PadRight(BarWidth))
                .Append(c, $"  {d.Shapley,7:F4}  {d.Coefficient,7:G4}  {d.OddsRatio,5:F3}  {d.P,7:G2}  {d.Performance,5:F1}  {QuadrantName(d.Quadrant)}\n");
        }

        return text.ToString();
    }

    /// <summary>What the logistic and ordinal models take from the command line besides the table.</summary>
    private sealed record OutcomeModelArguments(KeyDriverOptions Linear, int? ExactLimit, bool AllowPartial, string Format, bool Bootstrap, bool CompleteDominance);
}
