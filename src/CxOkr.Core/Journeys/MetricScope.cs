namespace CxOkr.Journeys;

/// <summary>
/// What a metric is about: nothing narrower than the whole relationship, one journey, or one stage or
/// touchpoint. At most one id is set.
/// </summary>
public sealed record MetricScope
{
    /// <summary>The scope of relationship metrics: no journey, stage or touchpoint.</summary>
    public static MetricScope None { get; } = new(null, null, null);

    /// <summary>Creates a scope; at most one of the ids may be given.</summary>
    /// <param name="journeyId">The journey a journey-tier metric measures.</param>
    /// <param name="stageId">The stage an interaction-tier metric measures.</param>
    /// <param name="touchpointId">The touchpoint an interaction-tier metric measures.</param>
    /// <exception cref="ArgumentException">An id is blank, or more than one id is given.</exception>
    public MetricScope(string? journeyId = null, string? stageId = null, string? touchpointId = null)
    {
        JourneyId = Utilities.Guard.NullOrNotBlank(journeyId);
        StageId = Utilities.Guard.NullOrNotBlank(stageId);
        TouchpointId = Utilities.Guard.NullOrNotBlank(touchpointId);
        var given = (journeyId is null ? 0 : 1) + (stageId is null ? 0 : 1) + (touchpointId is null ? 0 : 1);
        if (given > 1)
        {
            throw new ArgumentException("scope must name at most one of journeyId, stageId and touchpointId.", nameof(journeyId));
        }
    }

    /// <summary>The scope of a journey-tier metric.</summary>
    /// <param name="journeyId">The journey's id.</param>
    /// <returns>The scope.</returns>
    public static MetricScope ForJourney(string journeyId) => new(journeyId: Utilities.Guard.NotBlank(journeyId));

    /// <summary>The scope of an interaction-tier metric measured at one stage.</summary>
    /// <param name="stageId">The stage's id.</param>
    /// <returns>The scope.</returns>
    public static MetricScope ForStage(string stageId) => new(stageId: Utilities.Guard.NotBlank(stageId));

    /// <summary>The scope of an interaction-tier metric measured at one touchpoint.</summary>
    /// <param name="touchpointId">The touchpoint's id.</param>
    /// <returns>The scope.</returns>
    public static MetricScope ForTouchpoint(string touchpointId) => new(touchpointId: Utilities.Guard.NotBlank(touchpointId));

    /// <summary>The journey id, for journey-tier metrics; otherwise null.</summary>
    public string? JourneyId { get; }

    /// <summary>The stage id, for interaction-tier metrics measured at a stage; otherwise null.</summary>
    public string? StageId { get; }

    /// <summary>The touchpoint id, for interaction-tier metrics measured at a touchpoint; otherwise null.</summary>
    public string? TouchpointId { get; }

    /// <summary>True when no id is set (the scope of relationship metrics).</summary>
    public bool IsNone => JourneyId is null && StageId is null && TouchpointId is null;
}
