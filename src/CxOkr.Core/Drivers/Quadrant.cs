namespace CxOkr.Drivers;

/// <summary>A driver's place in the importance-performance (priority) matrix.</summary>
public enum Quadrant
{
    /// <summary>High importance, low performance: improve first.</summary>
    Focus = 0,

    /// <summary>High importance, high performance: keep it up.</summary>
    Maintain = 1,

    /// <summary>Low importance, low performance: watch.</summary>
    Monitor = 2,

    /// <summary>Low importance, high performance: a strength to communicate, not to invest in.</summary>
    Promote = 3,
}
