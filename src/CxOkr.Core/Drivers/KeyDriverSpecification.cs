using CxOkr.Utilities;

namespace CxOkr.Drivers;

/// <summary>Which columns of a table an analysis uses: the outcome, the drivers and an optional case weight.</summary>
public sealed record KeyDriverSpecification
{
    /// <summary>Creates a specification.</summary>
    /// <param name="outcome">The outcome column.</param>
    /// <param name="drivers">The driver columns, at least one, distinct, none equal to the outcome or the weight.</param>
    /// <param name="weight">The case-weight column, or <see langword="null"/> for unweighted analysis.</param>
    /// <exception cref="ArgumentException">A name is blank, repeated, or used twice in different roles.</exception>
    public KeyDriverSpecification(string outcome, IReadOnlyList<string> drivers, string? weight = null)
    {
        Outcome = Guard.NotBlank(outcome);
        Guard.NotNull(drivers);
        if (drivers.Count == 0)
        {
            throw new ArgumentException("at least one driver is required.", nameof(drivers));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { outcome };
        if (weight is not null)
        {
            Guard.NotBlank(weight);
            if (!seen.Add(weight))
            {
                throw new ArgumentException($"the weight column '{weight}' cannot also be the outcome.", nameof(weight));
            }
        }

        foreach (var d in drivers)
        {
            if (string.IsNullOrWhiteSpace(d))
            {
                throw new ArgumentException("driver names must not be empty.", nameof(drivers));
            }

            if (!seen.Add(d))
            {
                throw new ArgumentException($"driver '{d}' is listed twice or is also the outcome or the weight.", nameof(drivers));
            }
        }

        Drivers = ReadOnly.CopyOf(drivers);
        Weight = weight;
    }

    /// <summary>The outcome column.</summary>
    public string Outcome { get; }

    /// <summary>The driver columns in the order given.</summary>
    public IReadOnlyList<string> Drivers { get; }

    /// <summary>The case-weight column, or <see langword="null"/>.</summary>
    public string? Weight { get; }
}
