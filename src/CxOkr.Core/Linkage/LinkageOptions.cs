using CxOkr.Drivers;

namespace CxOkr.Linkage;

/// <summary>Settings of a <see cref="LinkageAnalyzer"/>, validated once when it is created.</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record LinkageOptions
{
    /// <summary>The case-weight column (weights as R's <c>lm</c> takes them), or null for unweighted estimation.</summary>
    public string? Weight { get; init; }

    /// <summary>Bootstrap settings for intervals of the effects, or null (default) for none. The default number of resamples is 1,000.</summary>
    public BootstrapOptions? Bootstrap { get; init; }

    /// <summary>Checks every setting, naming the first bad one.</summary>
    /// <exception cref="ArgumentException">The weight name is blank or a bootstrap setting is out of range.</exception>
    public void Validate()
    {
        if (Weight is not null && string.IsNullOrWhiteSpace(Weight))
        {
            throw new ArgumentException("LinkageOptions.Weight must be null or a column name.", nameof(Weight));
        }

        Bootstrap?.Validate();
    }
}
