namespace CxOkr.Okrs;

/// <summary>The colour band of a score (Google's bands by default: red below 0.4, green from 0.7).</summary>
public enum Grade
{
    /// <summary>Below <see cref="ScoringOptions.RedBelow"/>.</summary>
    Red,

    /// <summary>From <see cref="ScoringOptions.RedBelow"/> to below <see cref="ScoringOptions.GreenFrom"/>.</summary>
    Yellow,

    /// <summary>From <see cref="ScoringOptions.GreenFrom"/> up.</summary>
    Green,
}
