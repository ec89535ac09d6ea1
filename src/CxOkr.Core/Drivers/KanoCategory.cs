namespace CxOkr.Drivers;

/// <summary>The Kano category of a driver by penalty-reward contrast analysis (Brandt 1988): which of its two effects on the outcome are significant.</summary>
public enum KanoCategory
{
    /// <summary>Basic (must-have, dissatisfier): only the penalty of failing is significant.</summary>
    Basic,

    /// <summary>Excitement (delighter, satisfier): only the reward of delighting is significant.</summary>
    Excitement,

    /// <summary>Performance (hybrid): both the penalty and the reward are significant.</summary>
    Performance,

    /// <summary>Indifferent: neither is significant.</summary>
    Indifferent,
}
