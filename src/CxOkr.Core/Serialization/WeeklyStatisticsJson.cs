using System.Text.Json.Serialization;
using CxOkr.Drivers;
using CxOkr.Measures;

namespace CxOkr.Serialization;

// The JSON of the weekly statistics (docs/comparisons.md, docs/cli.md): `cxokr compare`, `cxokr plan` and
// `cxokr dissatisfiers`. Plain DTOs filled in one place each.
#pragma warning disable SA1402 // one file for the three commands' DTOs: they are documented together

internal sealed class ComparisonSetJson
{
    public string Metric { get; set; } = string.Empty;

    public string Adjust { get; set; } = string.Empty;

    public double Confidence { get; set; }

    public List<ComparisonJson> Comparisons { get; set; } = [];

    public static ComparisonSetJson From(GroupComparisonSet set) => new()
    {
        Metric = JsonNames.Camel(set.Metric),
        Adjust = Name(set.Adjustment),
        Confidence = set.Confidence,
        Comparisons = set.Comparisons.Select(c => new ComparisonJson
        {
            First = c.First,
            Second = c.Second,
            Difference = c.Comparison.Difference,
            StandardError = c.Comparison.StandardError,
            Statistic = c.Comparison.Statistic,
            Df = c.Comparison.DegreesOfFreedom,
            P = c.Comparison.PValue,
            AdjustedP = c.AdjustedP,
            Lower = c.Comparison.Lower,
            Upper = c.Comparison.Upper,
        }).ToList(),
    };

    internal static string Name(PValueAdjustment adjustment) => adjustment switch
    {
        PValueAdjustment.Holm => "holm",
        PValueAdjustment.BenjaminiHochberg => "bh",
        _ => "none",
    };
}

internal sealed class ComparisonJson
{
    public string First { get; set; } = string.Empty;

    public string Second { get; set; } = string.Empty;

    public double Difference { get; set; }

    public double StandardError { get; set; }

    /// <summary>Null when the standard error is 0.</summary>
    public double? Statistic { get; set; }

    /// <summary>Welch-Satterthwaite df for means; null otherwise.</summary>
    public double? Df { get; set; }

    public double P { get; set; }

    public double AdjustedP { get; set; }

    public double Lower { get; set; }

    public double Upper { get; set; }
}

internal sealed class SamplePlanJson
{
    public string Metric { get; set; } = string.Empty;

    public double Confidence { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RequiredN { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? N { get; set; }

    public double Margin { get; set; }

    public double Variance { get; set; }

    public double DesignEffect { get; set; }

    public double? Population { get; set; }

    public static SamplePlanJson From(SamplePlan plan) => new()
    {
        Metric = JsonNames.Camel(plan.Metric),
        Confidence = plan.Confidence,
        RequiredN = plan.RequiredN,
        N = plan.N,
        Margin = plan.Margin,
        Variance = plan.Variance,
        DesignEffect = plan.DesignEffect,
        Population = plan.Population,
    };
}

internal sealed class DissatisfierResultJson
{
    public string Outcome { get; set; } = string.Empty;

    public int NUsed { get; set; }

    public int Dissatisfied { get; set; }

    public int Delighted { get; set; }

    public List<DissatisfierDriverJson> Drivers { get; set; } = [];

    public static DissatisfierResultJson From(DissatisfierResult result) => new()
    {
        Outcome = result.Outcome,
        NUsed = result.NUsed,
        Dissatisfied = result.Dissatisfied,
        Delighted = result.Delighted,
        Drivers = result.Drivers.Select(d => new DissatisfierDriverJson
        {
            Name = d.Name,
            DissatisfierShapley = d.DissatisfierShapley,
            DissatisfierShare = d.DissatisfierShare,
            SatisfierShapley = d.SatisfierShapley,
            SatisfierShare = d.SatisfierShare,
            Penalty = d.Penalty,
            PenaltyP = d.PenaltyP,
            Reward = d.Reward,
            RewardP = d.RewardP,
            Category = Name(d.Category),
        }).ToList(),
    };

    internal static string Name(KanoCategory category) => category switch
    {
        KanoCategory.Basic => "basic",
        KanoCategory.Excitement => "excitement",
        KanoCategory.Performance => "performance",
        _ => "indifferent",
    };
}

internal sealed class DissatisfierDriverJson
{
    public string Name { get; set; } = string.Empty;

    public double DissatisfierShapley { get; set; }

    public double DissatisfierShare { get; set; }

    public double SatisfierShapley { get; set; }

    public double SatisfierShare { get; set; }

    public double? Penalty { get; set; }

    public double? PenaltyP { get; set; }

    public double? Reward { get; set; }

    public double? RewardP { get; set; }

    public string Category { get; set; } = string.Empty;
}
