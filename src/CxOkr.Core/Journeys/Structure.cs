namespace CxOkr.Journeys;

/// <summary>Whether the data behind a metric is already in numbers or categories.</summary>
public enum Structure
{
    /// <summary>Ratings, choices, counts, durations.</summary>
    Structured,

    /// <summary>Free text, audio, images (must be coded before a calculation applies).</summary>
    Unstructured,
}
