using System.Text.Json;
using System.Text.Json.Serialization;
using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Serialization;

// The JSON shape of a KeyDriverResult (and its optional bootstrap) as `cxokr drivers --format json` prints it:
// field names as in the reference cases of docs/key-drivers.md. `weight` is always there (null without
// weights); `rowsDropped` only for table input, `shapleyStandardError` only when sampled, `spearman` only
// when computed, `completeDominance` only when computed, `bootstrap` only when run.
#pragma warning disable SA1402 // one file for the key-driver result's DTOs: they only make sense together

internal sealed record KeyDriverResultJson(
    string Outcome,
    string? Weight,
    long RowsRead,
    long NUsed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RowsDroppedJson? RowsDropped,
    double EffectiveN,
    double RSquared,
    double AdjustedRSquared,
    double FStatistic,
    [property: JsonPropertyName("fPValue")] double FPValue,
    double Intercept,
    double ConditionNumber,
    string ShapleyMethod,
    int ShapleyPermutations,
    IReadOnlyList<string> Aliased,
    IReadOnlyList<DriverResultJson> Drivers,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IReadOnlyList<double>>? CompleteDominance,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] KeyDriverBootstrapJson? Bootstrap)
{
    public static KeyDriverResultJson From(KeyDriverResult result, KeyDriverBootstrapResult? bootstrap) => new(
        result.Outcome,
        result.Weight,
        result.Rows?.RowsRead ?? result.NUsed,
        result.NUsed,
        result.Rows is { } rows ? RowsDroppedJson.From(rows) : null,
        result.EffectiveN,
        result.RSquared,
        result.AdjustedRSquared,
        result.FStatistic,
        result.FPValue,
        result.Intercept,
        result.ConditionNumber,
        result.ShapleyExact ? "exact" : "sampled",
        result.ShapleyPermutations,
        result.AliasedDrivers,
        result.Drivers.Select(d => DriverResultJson.From(d, result.ShapleyExact)).ToList(),
        result.CompleteDominance.Count > 0 ? result.CompleteDominance : null,
        bootstrap is null ? null : KeyDriverBootstrapJson.From(bootstrap));
}

internal sealed record RowsDroppedJson(int MissingOutcome, int MissingDriver, int MissingWeight, int ZeroWeight)
{
    public static RowsDroppedJson From(ListwiseDeletion rows) => new(rows.MissingOutcome, rows.MissingDriver, rows.MissingWeight, rows.ZeroWeight);
}

internal sealed record DriverResultJson(
    string Name,
    double Coefficient,
    double StandardError,
    double T,
    double P,
    double Correlation,
    double Vif,
    double Shapley,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ShapleyStandardError,
    double First,
    double Last,
    double BetaSquared,
    double Pratt,
    double Genizi,
    double Car,
    double RelativeWeight,
    double ShapleyShare,
    double Performance,
    string Quadrant,
    double RelativeWeightShare,
    double SignedShapley,
    double StandardizedCoefficient,
    double CorrelationP,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Spearman,
    double Mean,
    double StandardDeviation,
    IReadOnlyList<double> ConditionalDominance)
{
    public static DriverResultJson From(DriverResult d, bool shapleyExact) => new(
        d.Name,
        d.Coefficient,
        d.StandardError,
        d.T,
        d.P,
        d.Correlation,
        d.Vif,
        d.Shapley,
        shapleyExact ? null : d.ShapleyStandardError,
        d.First,
        d.Last,
        d.BetaSquared,
        d.Pratt,
        d.Genizi,
        d.Car,
        d.RelativeWeight,
        d.ShapleyShare,
        d.Performance,
        JsonNames.Camel(d.Quadrant),
        d.RelativeWeightShare,
        d.SignedShapley,
        d.StandardizedCoefficient,
        d.CorrelationP,
        d.SpearmanCorrelation,
        d.Mean,
        d.StandardDeviation,
        d.ConditionalDominance);
}

internal sealed record KeyDriverBootstrapJson(
    int Replicates,
    int FailedReplicates,
    double Confidence,
    ulong Seed,
    BootstrapIntervalJson RSquared,
    IReadOnlyList<DriverBootstrapJson> Drivers)
{
    public static KeyDriverBootstrapJson From(KeyDriverBootstrapResult bootstrap) => new(
        bootstrap.Replicates,
        bootstrap.FailedReplicates,
        bootstrap.Confidence,
        bootstrap.Seed,
        BootstrapIntervalJson.From(bootstrap.RSquared),
        bootstrap.Drivers.Select(DriverBootstrapJson.From).ToList());
}

internal sealed class DriverBootstrapJson
{
    public string Name { get; init; } = string.Empty;

    public double RankFirstShare { get; init; }

    // One object per interval, named by its metric (`coefficient`, `shapley`, ...) after the two fields above,
    // in the bootstrap's order: extension data is the serializer's way to write properties named by data.
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Intervals { get; } = [];

    public static DriverBootstrapJson From(DriverBootstrap driver)
    {
        var json = new DriverBootstrapJson { Name = driver.Name, RankFirstShare = driver.RankFirstShare };
        foreach (var interval in driver.Intervals)
        {
            json.Intervals.Add(interval.Metric, JsonSerializer.SerializeToElement(BootstrapIntervalJson.From(interval), ResultJsonContext.Default.BootstrapIntervalJson));
        }

        return json;
    }
}

internal sealed record BootstrapIntervalJson(double Estimate, double StandardError, IReadOnlyList<double> Percentile, IReadOnlyList<double> Bca)
{
    public static BootstrapIntervalJson From(BootstrapInterval interval) => new(
        interval.Estimate, interval.StandardError, [interval.PercentileLower, interval.PercentileUpper], [interval.BcaLower, interval.BcaUpper]);
}
