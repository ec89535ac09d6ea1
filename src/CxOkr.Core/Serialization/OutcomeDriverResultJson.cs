using System.Text.Json.Serialization;
using CxOkr.Drivers;

namespace CxOkr.Serialization;

// The JSON shape of a LogisticDriverResult or OrdinalDriverResult as `cxokr drivers --model logit|ordinal
// --format json` prints it (docs/outcome-drivers.md). `intercept` is null for ordinal, `thresholds` null for
// logit; `problem` and `problemDrivers` only for a flagged partial result; `shapleyStandardError` only when sampled.
#pragma warning disable SA1402 // one file for the outcome-driver result's DTOs: they only make sense together

internal sealed record OutcomeDriverResultJson(
    string Outcome,
    string Model,
    string? Weight,
    long RowsRead,
    long NUsed,
    OutcomeRowsDroppedJson RowsDropped,
    double LogLikelihood,
    double NullLogLikelihood,
    int Iterations,
    bool Converged,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Problem,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? ProblemDrivers,
    PseudoRSquaredJson PseudoRSquared,
    double? Intercept,
    IReadOnlyList<OrdinalThresholdJson>? Thresholds,
    string ShapleyMethod,
    int ShapleyPermutations,
    IReadOnlyList<OutcomeDriverJson> Drivers)
{
    public static OutcomeDriverResultJson From(OutcomeDriverResult result) => new(
        result.Outcome,
        result is LogisticDriverResult ? "logit" : "ordinal",
        result.Weight,
        result.Rows.RowsRead + result.UnmatchedRows,
        result.NUsed,
        new OutcomeRowsDroppedJson(result.Rows.MissingOutcome, result.Rows.MissingDriver, result.Rows.MissingWeight, result.Rows.ZeroWeight, result.UnmatchedRows),
        result.LogLikelihood,
        result.NullLogLikelihood,
        result.Iterations,
        result.Converged,
        result.Problem is { } problem ? JsonNames.Camel(problem) : null,
        result.Problem is null ? null : result.ProblemDrivers,
        new PseudoRSquaredJson(result.PseudoRSquared.McFadden, result.PseudoRSquared.CoxSnell, result.PseudoRSquared.Nagelkerke, result.PseudoRSquared.Estrella),
        (result as LogisticDriverResult)?.Intercept,
        (result as OrdinalDriverResult)?.Thresholds.Select(t => new OrdinalThresholdJson(t.Below, t.Above, t.Value, t.StandardError)).ToList(),
        result.ShapleyExact ? "exact" : "sampled",
        result.ShapleyPermutations,
        result.Drivers.Select(d => new OutcomeDriverJson(
            d.Name, d.Coefficient, d.StandardError, d.Z, d.P, d.OddsRatio, d.Shapley, result.ShapleyExact ? null : d.ShapleyStandardError, d.ShapleyShare, d.Mean, d.Performance, JsonNames.Camel(d.Quadrant))).ToList());
}

internal sealed record OutcomeRowsDroppedJson(int MissingOutcome, int MissingDriver, int MissingWeight, int ZeroWeight, int Unmatched);

internal sealed record PseudoRSquaredJson(double McFadden, double CoxSnell, double Nagelkerke, double Estrella);

internal sealed record OrdinalThresholdJson(string Below, string Above, double Value, double StandardError);

internal sealed record OutcomeDriverJson(
    string Name,
    double Coefficient,
    double StandardError,
    double Z,
    double P,
    double OddsRatio,
    double Shapley,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ShapleyStandardError,
    double ShapleyShare,
    double Mean,
    double Performance,
    string Quadrant);
