using System.Globalization;

namespace CxOkr.Okrs;

/// <summary>
/// The rules a key result's fields must follow, in one place for the <see cref="KeyResult"/> constructor,
/// the workspace reader and the stores, so that their verdicts and messages cannot drift apart.
/// </summary>
/// <remarks>
/// Each rule returns what is wrong as a <see cref="RuleViolation"/> (the field and a message that reads
/// after the field's name or JSON path) instead of throwing, so a reader can collect every problem at its
/// path while a constructor throws on the first.
/// </remarks>
internal static class KeyResultRules
{
    /// <summary>The problems with the kind-dependent fields: required ones first, then superfluous ones, then the direction of an increase or decrease.</summary>
    /// <param name="kind">A defined kind.</param>
    /// <param name="baseline">The baseline, or null.</param>
    /// <param name="target">The target, or null.</param>
    /// <param name="threshold">The threshold, or null.</param>
    /// <returns>The problems; empty when the fields fit the kind.</returns>
    public static IEnumerable<RuleViolation> KindFields(KeyResultKind kind, double? baseline, double? target, double? threshold)
    {
        var name = KindName(kind);
        switch (kind)
        {
            case KeyResultKind.Increase or KeyResultKind.Decrease:
                if (Required(baseline, "baseline", name) is { } b)
                {
                    yield return b;
                }

                if (Required(target, "target", name) is { } t)
                {
                    yield return t;
                }

                if (Absent(threshold, "threshold", name) is { } h)
                {
                    yield return h;
                }

                if (baseline is { } from && target is { } to && double.IsFinite(from) && double.IsFinite(to))
                {
                    if (kind == KeyResultKind.Increase && !(to > from))
                    {
                        yield return new("target", $"({Format(to)}) must be above baseline ({Format(from)}) for an increase key result.");
                    }
                    else if (kind == KeyResultKind.Decrease && !(to < from))
                    {
                        yield return new("target", $"({Format(to)}) must be below baseline ({Format(from)}) for a decrease key result.");
                    }
                    else if (!double.IsFinite(to - from))
                    {
                        // Progress divides by target - baseline: a span past double.MaxValue would turn every score into NaN.
                        yield return new("target", $"({Format(to)}) is too far from baseline ({Format(from)}): target - baseline must be a finite number (at most {Format(double.MaxValue)}).");
                    }
                }

                break;
            case KeyResultKind.AtLeast or KeyResultKind.AtMost:
                if (Required(threshold, "threshold", name) is { } th)
                {
                    yield return th;
                }

                if (Absent(baseline, "baseline", name) is { } ab)
                {
                    yield return ab;
                }

                if (Absent(target, "target", name) is { } at)
                {
                    yield return at;
                }

                break;
            default:
                foreach (var (value, field) in new[] { (baseline, "baseline"), (target, "target"), (threshold, "threshold") })
                {
                    if (Absent(value, field, name) is { } absent)
                    {
                        yield return absent;
                    }
                }

                break;
        }
    }

    /// <summary>The problem with a check-in value for a key result of <paramref name="kind"/> (a milestone takes only 0 or 1), or null.</summary>
    /// <param name="kind">The key result's kind.</param>
    /// <param name="value">A finite check-in value.</param>
    /// <returns>A message that reads after the value's name or path, or null when the value fits.</returns>
    public static string? CheckInValue(KeyResultKind kind, double value) =>
        kind == KeyResultKind.Milestone && value is not (0 or 1)
            ? $"({Format(value)}) must be 0 (not done) or 1 (done) for a milestone."
            : null;

    /// <summary>The problems with the roll-up and guardrail fields: a roll-up needs an increase or decrease key result with a metric; a guardrail is another metric; its margin is finite and &gt;= 0.</summary>
    /// <param name="kind">A defined kind.</param>
    /// <param name="metricId">The key result's metric, or null.</param>
    /// <param name="rollup">The roll-up, or null.</param>
    /// <param name="guardrailMetricId">The guardrail metric, or null.</param>
    /// <param name="guardrailMargin">The guardrail margin.</param>
    /// <returns>The problems; empty when the fields are consistent.</returns>
    public static IEnumerable<RuleViolation> Extensions(KeyResultKind kind, string? metricId, KeyResultRollup? rollup, string? guardrailMetricId, double guardrailMargin)
    {
        if (rollup is not null && kind is not (KeyResultKind.Increase or KeyResultKind.Decrease))
        {
            yield return new("rollup", $"does not apply to {KindName(kind)} key result; only increase and decrease key results roll up values.");
        }
        else if (rollup is not null && metricId is null)
        {
            yield return new("rollup", "needs a metricId: a key result rolls up the key results of the same metric.");
        }

        if (guardrailMetricId is not null && guardrailMetricId == metricId)
        {
            yield return new("guardrailMetricId", $"('{guardrailMetricId}') is the key result's own metric; a guardrail is another metric that must not get worse.");
        }

        if (!(guardrailMargin >= 0 && double.IsFinite(guardrailMargin)))
        {
            yield return new("guardrailMargin", $"({Format(guardrailMargin)}) must be a finite number >= 0.");
        }
    }

    /// <summary>The kind as the document writes it, with its article: "an increase", "a milestone".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The phrase.</returns>
    public static string KindName(KeyResultKind kind) => kind switch
    {
        KeyResultKind.Increase => "an increase",
        KeyResultKind.Decrease => "a decrease",
        KeyResultKind.AtLeast => "an atLeast",
        KeyResultKind.AtMost => "an atMost",
        _ => "a milestone",
    };

    /// <summary>A number as messages show it: invariant culture, round-trip precision.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static RuleViolation? Required(double? value, string field, string kind) => value switch
    {
        null => new RuleViolation(field, $"is required for {kind} key result."),
        { } v when !double.IsFinite(v) => new RuleViolation(field, "must be a finite number."),
        _ => null,
    };

    private static RuleViolation? Absent(double? value, string field, string kind) =>
        value is null ? null : new RuleViolation(field, $"does not apply to {kind} key result; remove it.");
}
