namespace CxOkr.Journeys;

/// <summary>
/// A CX metric: what it measures (tier and scope), what data it comes from, and how its value is
/// calculated from response values.
/// </summary>
/// <remarks>
/// Rules checked at construction: a relationship metric has no scope, a journey metric names a journey,
/// an interaction metric names a stage or a touchpoint. An NPS metric is on the 0-10 scale (the scale
/// defaults to it); a top-box metric needs a scale with a top-box threshold; a proportion metric is on
/// the 0-1 scale (the default). Other calculations take an optional scale that bounds valid answers.
/// </remarks>
public sealed record MetricDefinition
{
    /// <summary>Creates a metric definition.</summary>
    /// <param name="id">Unique id, referenced by links, outcome KPIs, key results and response values.</param>
    /// <param name="name">Display name.</param>
    /// <param name="tier">Relationship, journey or interaction.</param>
    /// <param name="scope">What the metric is about; null means <see cref="MetricScope.None"/>.</param>
    /// <param name="dataKind">Experience, behavioral or operational data.</param>
    /// <param name="collection">Solicited or unsolicited.</param>
    /// <param name="structure">Structured or unstructured.</param>
    /// <param name="calculation">How the value is calculated; null for a metric that is tracked but not computed here (such as raw verbatims).</param>
    /// <param name="scale">Valid answers and top-box threshold; see remarks for defaults.</param>
    /// <param name="betterWhen">Whether higher or lower values are better.</param>
    /// <param name="unit">Unit of the values ("s", "%", ...), or null.</param>
    /// <param name="source">The named source of the data (a survey, a system), or null when not yet named.</param>
    /// <exception cref="ArgumentException">A field is blank or undefined, or the scope, calculation and scale do not fit together; the message names the member.</exception>
    public MetricDefinition(
        string id,
        string name,
        MetricTier tier,
        MetricScope? scope,
        DataKind dataKind,
        Collection collection,
        Structure structure,
        Calculation? calculation,
        MetricScale? scale = null,
        BetterWhen betterWhen = BetterWhen.Higher,
        string? unit = null,
        string? source = null)
    {
        Id = Utilities.Guard.NotBlank(id);
        Name = Utilities.Guard.NotBlank(name);
        Tier = Utilities.Guard.Defined(tier);
        Scope = scope ?? MetricScope.None;
        DataKind = Utilities.Guard.Defined(dataKind);
        Collection = Utilities.Guard.Defined(collection);
        Structure = Utilities.Guard.Defined(structure);
        if (calculation is { } c)
        {
            Utilities.Guard.Defined(c, nameof(calculation));
        }

        Calculation = calculation;
        BetterWhen = Utilities.Guard.Defined(betterWhen);
        Unit = Utilities.Guard.NullOrNotBlank(unit);
        Source = Utilities.Guard.NullOrNotBlank(source);

        switch (tier)
        {
            case MetricTier.Relationship when !Scope.IsNone:
                throw new ArgumentException($"metric '{id}': scope must be empty for a relationship metric.", nameof(scope));
            case MetricTier.Journey when Scope.JourneyId is null:
                throw new ArgumentException($"metric '{id}': scope.journeyId is required for a journey metric.", nameof(scope));
            case MetricTier.Interaction when Scope.StageId is null && Scope.TouchpointId is null:
                throw new ArgumentException($"metric '{id}': scope.stageId or scope.touchpointId is required for an interaction metric.", nameof(scope));
        }

        Scale = calculation switch
        {
            Journeys.Calculation.Nps => scale is null || (scale.Min == 0 && scale.Max == 10)
                ? MetricScale.ZeroToTen
                : throw new ArgumentException($"metric '{id}': scale [{MetricScale.Format(scale.Min)}, {MetricScale.Format(scale.Max)}] must be [0, 10] for an nps metric.", nameof(scale)),
            Journeys.Calculation.TopBox => scale?.TopBox is not null
                ? scale
                : throw new ArgumentException($"metric '{id}': scale.topBox is required for a topBox metric.", nameof(scale)),
            Journeys.Calculation.Proportion => scale is null || (scale.Min == 0 && scale.Max == 1)
                ? new MetricScale(0, 1)
                : throw new ArgumentException($"metric '{id}': scale [{MetricScale.Format(scale.Min)}, {MetricScale.Format(scale.Max)}] must be [0, 1] for a proportion metric.", nameof(scale)),
            _ => scale,
        };
    }

    /// <summary>Unique id.</summary>
    public string Id { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>Relationship, journey or interaction.</summary>
    public MetricTier Tier { get; }

    /// <summary>What the metric is about; <see cref="MetricScope.None"/> for relationship metrics.</summary>
    public MetricScope Scope { get; }

    /// <summary>Experience, behavioral or operational data.</summary>
    public DataKind DataKind { get; }

    /// <summary>Solicited or unsolicited.</summary>
    public Collection Collection { get; }

    /// <summary>Structured or unstructured.</summary>
    public Structure Structure { get; }

    /// <summary>How the value is calculated; null when the metric is tracked but not computed here.</summary>
    public Calculation? Calculation { get; }

    /// <summary>Valid answers and top-box threshold; null when any finite value is valid.</summary>
    public MetricScale? Scale { get; }

    /// <summary>Whether higher or lower values are better.</summary>
    public BetterWhen BetterWhen { get; }

    /// <summary>Unit of the values, or null.</summary>
    public string? Unit { get; }

    /// <summary>The named source of the data, or null when not yet named.</summary>
    public string? Source { get; }
}
