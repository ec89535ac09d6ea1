using CxOkr.Drivers;
using CxOkr.Journeys;

namespace CxOkr.Linkage;

/// <summary>
/// The estimated links into one target metric: one regression per metric with incoming links, the effect of
/// every upstream metric on the target, and the links left out because their upstream metric has no column.
/// </summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record LinkageResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="target">The target metric.</param>
    /// <param name="weight">The weight column, or null.</param>
    /// <param name="equations">The equations, upstream first.</param>
    /// <param name="effects">One effect per upstream metric in the model.</param>
    /// <param name="unmeasured">Links into the model whose upstream metric has no column (left out).</param>
    /// <param name="bootstrap">How the intervals were made, or null without a bootstrap.</param>
    /// <exception cref="ArgumentException">An id is blank or an element is null.</exception>
    public LinkageResult(string target, string? weight, IEnumerable<LinkageEquation> equations, IEnumerable<LinkageEffect> effects, IEnumerable<MetricLink> unmeasured, LinkageBootstrapSummary? bootstrap = null)
    {
        Target = Utilities.Guard.NotBlank(target);
        Weight = Utilities.Guard.NullOrNotBlank(weight);
        Equations = Copy(equations, nameof(equations));
        Effects = Copy(effects, nameof(effects));
        Unmeasured = Copy(unmeasured, nameof(unmeasured));
        Bootstrap = bootstrap;
    }

    /// <summary>The target metric.</summary>
    public string Target { get; }

    /// <summary>The weight column, or null.</summary>
    public string? Weight { get; }

    /// <summary>The equations, upstream first (a read-only copy).</summary>
    public IReadOnlyList<LinkageEquation> Equations { get; }

    /// <summary>One effect per upstream metric in the model, in the order of the metric definitions (a read-only copy).</summary>
    public IReadOnlyList<LinkageEffect> Effects { get; }

    /// <summary>Links whose upstream metric has no column, left out of the model (a read-only copy).</summary>
    public IReadOnlyList<MetricLink> Unmeasured { get; }

    /// <summary>How the intervals were made, or null without a bootstrap.</summary>
    public LinkageBootstrapSummary? Bootstrap { get; }

    /// <summary>
    /// The upstream interaction-tier metrics, largest absolute standardised total effect first, in
    /// <see cref="DriverOrder"/> (equal to 12 decimals: by id): what an OKR owner picks a key result from.
    /// </summary>
    /// <returns>The interaction effects, ranked.</returns>
    public IReadOnlyList<LinkageEffect> Ranking()
    {
        var ranked = Effects.Where(static e => e.Tier == MetricTier.Interaction).ToList();
        ranked.Sort(static (a, b) => DriverOrder.Compare(a.MetricId, Math.Abs(a.StandardizedTotal), b.MetricId, Math.Abs(b.StandardizedTotal)));
        return ranked.AsReadOnly();
    }

    /// <summary>The effect of one upstream metric.</summary>
    /// <param name="metricId">The metric id.</param>
    /// <returns>The effect.</returns>
    /// <exception cref="ArgumentException">The metric is not upstream of the target in the model.</exception>
    public LinkageEffect Effect(string metricId) =>
        Effects.FirstOrDefault(e => e.MetricId == metricId) ?? throw new ArgumentException($"'{metricId}' is not upstream of '{Target}' in the model.", nameof(metricId));

    private static IReadOnlyList<T> Copy<T>(IEnumerable<T> items, string name)
        where T : class
    {
        var copy = Utilities.ReadOnly.CopyOf(Utilities.Guard.NotNull(items, name));
        if (copy.Any(static i => i is null))
        {
            throw new ArgumentException($"{name} holds a null element.", name);
        }

        return copy;
    }
}
