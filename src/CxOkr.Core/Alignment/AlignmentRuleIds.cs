namespace CxOkr.Alignment;

/// <summary>The ids of the built-in alignment rules (part of the public contract). See docs/alignment.md.</summary>
/// <threadsafety>Thread-safe: constants only.</threadsafety>
public static class AlignmentRuleIds
{
    /// <summary>Two objectives or key results share an id (error).</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A parent, unit, period or metric id that does not exist (error).</summary>
    public const string DanglingReference = "dangling-reference";

    /// <summary>Objectives whose parent links form a cycle (error).</summary>
    public const string Cycle = "cycle";

    /// <summary>An objective of a unit with a parent unit, aligned to nothing (warning).</summary>
    public const string Orphan = "orphan";

    /// <summary>A child objective's period is not inside its parent's period (error).</summary>
    public const string PeriodOutsideParent = "period-outside-parent";

    /// <summary>A child objective owned outside the parent's unit and its descendants (info).</summary>
    public const string OwnerOutsideParentUnit = "owner-outside-parent-unit";

    /// <summary>Key results on one metric pulling in opposite directions in overlapping periods (error).</summary>
    public const string ConflictingDirection = "conflicting-direction";

    /// <summary>An objective of a unit with child units that no objective aligns to (info).</summary>
    public const string NotCascaded = "not-cascaded";

    /// <summary>A child objective whose metrics neither are nor feed any of its parent's metrics (warning).</summary>
    public const string UnlinkedContribution = "unlinked-contribution";

    /// <summary>A child's key result measures a higher tier than every key result of its parent (info).</summary>
    public const string TierInversion = "tier-inversion";

    /// <summary>A top driver of a journey metric that no key result measures (warning).</summary>
    public const string UncoveredDriver = "uncovered-driver";

    /// <summary>A unit with too many objectives in a period, or an objective with too many key results (info).</summary>
    public const string Overloaded = "overloaded";

    /// <summary>A key result's target change on a survey metric below the smallest change its last period's response volume can detect (warning).</summary>
    public const string UndetectableTarget = "undetectable-target";

    /// <summary>A key result that pushes an operational lower-is-better metric without a guardrail on a quality metric of the same journey (warning).</summary>
    public const string UnguardedSpeedResult = "unguarded-speed-result";

    /// <summary>An objective whose hand weights order its key results against the importance of the drivers they measure (info).</summary>
    public const string WeightAgainstImportance = "weight-against-importance";
}
