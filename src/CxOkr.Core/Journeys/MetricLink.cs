namespace CxOkr.Journeys;

/// <summary>
/// A statement that one metric feeds another (an interaction metric feeds a journey metric, a journey
/// metric feeds a relationship metric), with an optional measured strength.
/// </summary>
/// <remarks>Whether links go up the tiers and form no cycle is checked over the whole set by <see cref="MetricLinkValidator"/>.</remarks>
public sealed record MetricLink
{
    /// <summary>Creates a link.</summary>
    /// <param name="from">The id of the metric that feeds.</param>
    /// <param name="to">The id of the metric it feeds; different from <paramref name="from"/>.</param>
    /// <param name="strength">A measured strength (for example a key-driver importance), finite; null when not measured.</param>
    /// <exception cref="ArgumentException">An id is blank, the link points to itself, or the strength is not finite.</exception>
    public MetricLink(string from, string to, double? strength = null)
    {
        From = Utilities.Guard.NotBlank(from);
        To = Utilities.Guard.NotBlank(to);
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            throw new ArgumentException($"metric link from '{from}' must not point to itself.", nameof(to));
        }

        if (strength is { } s && !double.IsFinite(s))
        {
            throw new ArgumentOutOfRangeException(nameof(strength), s, $"metric link {from} -> {to}: strength must be a finite number or null.");
        }

        Strength = strength;
    }

    /// <summary>The id of the metric that feeds.</summary>
    public string From { get; }

    /// <summary>The id of the metric it feeds.</summary>
    public string To { get; }

    /// <summary>The measured strength, or null when not measured.</summary>
    public double? Strength { get; }

    /// <summary>Returns a copy with the measured strength set (filled by key-driver analysis).</summary>
    /// <param name="strength">The strength; finite or null.</param>
    /// <returns>The new link.</returns>
    public MetricLink WithStrength(double? strength) => new(From, To, strength);
}
