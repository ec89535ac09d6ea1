namespace CxOkr.Okrs;

/// <summary>One objective an objective aligns to, with the share of its score (and of its key results' values) that it contributes there.</summary>
/// <param name="ObjectiveId">The parent objective's id.</param>
/// <param name="Share">The share in (0, 1]; the shares of one objective's parents sum to at most 1.</param>
public sealed record ObjectiveParent(string ObjectiveId, double Share);
