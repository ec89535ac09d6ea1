using CxOkr.Journeys;

namespace CxOkr.Text;

/// <summary>What a <see cref="TopicAnalyzer"/> reads from a table: the comment column, and optionally a score, a segment and a weight column.</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record TopicAnalysisOptions
{
    /// <summary>Creates options for a comment column.</summary>
    /// <param name="textColumn">The column of comments.</param>
    /// <exception cref="ArgumentException"><paramref name="textColumn"/> is blank.</exception>
    public TopicAnalysisOptions(string textColumn)
    {
        TextColumn = Utilities.Guard.NotBlank(textColumn);
    }

    /// <summary>The column of comments; an empty cell is a response without a comment.</summary>
    public string TextColumn { get; init; }

    /// <summary>The score column (NPS answers 0-10, or any number for <see cref="Calculation.Mean"/>); <see langword="null"/> (default) for counts and shares only.</summary>
    public string? ScoreColumn { get; init; }

    /// <summary>How the score is summarised: <see cref="Calculation.Nps"/> (default) or <see cref="Calculation.Mean"/>.</summary>
    public Calculation Calculation { get; init; } = Calculation.Nps;

    /// <summary>A column whose values split the responses into segments (a region, a journey stage); <see langword="null"/> (default) for none.</summary>
    public string? SegmentColumn { get; init; }

    /// <summary>The case-weight column (finite and above 0 in every row); <see langword="null"/> (default) weighs every response 1.</summary>
    public string? WeightColumn { get; init; }

    /// <summary>How many example comments to keep per topic (the first in row order); default 3, from 0 to 100.</summary>
    public int ExampleCount { get; init; } = 3;

    /// <summary>Checks the settings, naming the first bad one.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    internal void Validate()
    {
        Utilities.Guard.NotBlank(TextColumn, nameof(TextColumn));
        if (Calculation is not (Calculation.Nps or Calculation.Mean))
        {
            throw new ArgumentException($"{nameof(Calculation)} must be nps or mean; {Calculation} was given.", nameof(Calculation));
        }

        Utilities.Guard.InRange(ExampleCount, 0, 100, nameof(ExampleCount));
        Utilities.Guard.NullOrNotBlank(ScoreColumn, nameof(ScoreColumn));
        Utilities.Guard.NullOrNotBlank(SegmentColumn, nameof(SegmentColumn));
        Utilities.Guard.NullOrNotBlank(WeightColumn, nameof(WeightColumn));
    }
}
