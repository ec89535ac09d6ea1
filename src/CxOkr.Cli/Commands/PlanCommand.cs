using System.CommandLine;
using System.Globalization;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Serialization;

namespace CxOkr.Cli.Commands;

/// <summary>
/// <c>cxokr plan --metric nps|topBox|proportion|mean (--margin M | --n N) [--promoters P --detractors D |
/// --proportion P | --sd S] [--confidence 0.95] [--population N] [--design-effect DEFF] [--format table|json]</c>:
/// the responses a margin of error needs, or the margin a number of responses gives.
/// </summary>
internal static class PlanCommand
{
    // The library names its parameters; the tool names its options.
    private static readonly Dictionary<string, string> OptionOf = new(StringComparer.Ordinal)
    {
        ["promoters"] = "--promoters",
        ["detractors"] = "--detractors",
        ["proportion"] = "--proportion",
        ["standardDeviation"] = "--sd",
        ["margin"] = "--margin",
        ["n"] = "--n",
        ["population"] = "--population",
        ["designEffect"] = "--design-effect",
        ["confidence"] = "--confidence",
        ["Confidence"] = "--confidence",
    };

    public static Command Create(CliContext context)
    {
        var metric = new Option<string>("--metric") { Description = "nps | topBox | proportion | mean.", Required = true };
        metric.AcceptOnlyFromAmong("nps", "topBox", "proportion", "mean");
        var margin = new Option<double?>("--margin") { Description = "Margin of error wanted (points for nps, topBox, proportion): prints the required n." };
        var n = new Option<int?>("--n") { Description = "Responses: prints their margin of error." };
        var promoters = new Option<double?>("--promoters") { Description = "Expected share of promoters P in [0, 1] (nps)." };
        var detractors = new Option<double?>("--detractors") { Description = "Expected share of detractors D in [0, 1], P + D <= 1 (nps)." };
        var proportion = new Option<double?>("--proportion") { Description = "Expected share p in [0, 1] (topBox, proportion; default 0.5, the largest variance)." };
        var sd = new Option<double?>("--sd") { Description = "Expected standard deviation S of one answer (mean)." };
        var confidence = new Option<double>("--confidence") { Description = "Confidence level.", DefaultValueFactory = _ => 0.95 };
        var population = new Option<double?>("--population") { Description = "Population size N (finite population correction)." };
        var designEffect = new Option<double>("--design-effect") { Description = "Design effect DEFF multiplying the variance.", DefaultValueFactory = _ => 1 };
        var format = CommonOptions.Format("table", "json");
        var command = new Command("plan", "Sample size for a margin of error, or the margin of a sample size (Cochran; NPS, top-box, proportion, mean).")
        {
            metric, margin, n, promoters, detractors, proportion, sd, confidence, population, designEffect, format,
        };
        command.SetAction(parse => CliApp.Guarded(context, () =>
        {
            var calculation = Enum.Parse<Calculation>(parse.GetValue(metric)!, ignoreCase: true);
            var marginValue = parse.GetValue(margin);
            var nValue = parse.GetValue(n);
            if ((marginValue is null) == (nValue is null))
            {
                throw new CliUsageException("give exactly one of --margin M and --n N.");
            }

            Refuse(calculation != Calculation.Nps, parse.GetValue(promoters) is not null || parse.GetValue(detractors) is not null, "--promoters and --detractors apply only to --metric nps.");
            Refuse(calculation is not (Calculation.TopBox or Calculation.Proportion), parse.GetValue(proportion) is not null, "--proportion applies only to --metric topBox or proportion.");
            Refuse(calculation != Calculation.Mean, parse.GetValue(sd) is not null, "--sd applies only to --metric mean.");
            var plan = Named(() =>
            {
                var assumption = calculation switch
                {
                    Calculation.Nps => PlanningAssumption.Nps(
                        parse.GetValue(promoters) ?? throw new CliUsageException("--metric nps needs --promoters P and --detractors D."),
                        parse.GetValue(detractors) ?? throw new CliUsageException("--metric nps needs --promoters P and --detractors D.")),
                    Calculation.Mean => PlanningAssumption.Mean(parse.GetValue(sd) ?? throw new CliUsageException("--metric mean needs --sd S.")),
                    _ => PlanningAssumption.Proportion(parse.GetValue(proportion) ?? 0.5, calculation),
                };
                var options = new PlanningOptions(parse.GetValue(confidence), parse.GetValue(population), parse.GetValue(designEffect));
                return marginValue is { } m ? SampleSizePlanner.RequiredN(assumption, m, options) : SampleSizePlanner.MarginOfError(assumption, nValue!.Value, options);
            });
            if (parse.GetValue(format) == "json")
            {
                context.Out.WriteLine(ResultJson.ToJson(plan));
            }
            else
            {
                var level = plan.Confidence.ToString("0.###%", CultureInfo.InvariantCulture);
                var unit = calculation == Calculation.Mean ? string.Empty : " points";
                var marginText = CommonOptions.Round4(plan.Margin).ToString("0.0###", CultureInfo.InvariantCulture);
                context.Out.WriteLine(plan.RequiredN is { } required
                    ? $"{required.ToString(CultureInfo.InvariantCulture)} responses for a margin of +-{marginText}{unit} at {level} confidence"
                    : $"+-{marginText}{unit} margin of error at {level} confidence from {plan.N!.Value.ToString(CultureInfo.InvariantCulture)} responses");
            }

            return CliApp.Success;
        }));
        return command;
    }

    private static void Refuse(bool wrongMetric, bool given, string message)
    {
        if (wrongMetric && given)
        {
            throw new CliUsageException(message);
        }
    }

    private static SamplePlan Named(Func<SamplePlan> plan)
    {
        try
        {
            return plan();
        }
        catch (ArgumentException ex)
        {
            var option = ex.ParamName is { } name && OptionOf.TryGetValue(name, out var o) ? o + ": " : string.Empty;
            throw new CliUsageException(option + ex.Message.Split(" (Parameter", 2)[0], ex);
        }
    }
}
