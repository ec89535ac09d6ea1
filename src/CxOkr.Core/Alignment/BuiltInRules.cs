using CxOkr.Alignment.Rules;

namespace CxOkr.Alignment;

/// <summary>The built-in alignment rules, in the order of docs/alignment.md.</summary>
internal static class BuiltInRules
{
    public static IAlignmentRule[] Create() =>
    [
        new DuplicateIdRule(),
        new DanglingReferenceRule(),
        new CycleRule(),
        new OrphanRule(),
        new PeriodOutsideParentRule(),
        new OwnerOutsideParentUnitRule(),
        new ConflictingDirectionRule(),
        new NotCascadedRule(),
        new UnlinkedContributionRule(),
        new TierInversionRule(),
        new UncoveredDriverRule(),
        new OverloadedRule(),
        new UndetectableTargetRule(),
        new UnguardedSpeedResultRule(),
        new WeightAgainstImportanceRule(),
    ];
}
