namespace CxOkr.Journeys;

/// <summary>Whether the data behind a metric was asked for.</summary>
public enum Collection
{
    /// <summary>Asked for: surveys, interviews.</summary>
    Solicited,

    /// <summary>Volunteered: reviews, social posts, complaints, logs.</summary>
    Unsolicited,
}
