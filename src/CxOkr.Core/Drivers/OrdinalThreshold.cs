namespace CxOkr.Drivers;

/// <summary>
/// One threshold θ_j of a cumulative-logit model, logit P(Y ≤ j) = θ_j − x'b: the cut between the level
/// <see cref="Below"/> and the next level <see cref="Above"/>, at all drivers zero.
/// </summary>
/// <param name="Below">The label of level j, as written in the data.</param>
/// <param name="Above">The label of level j + 1.</param>
/// <param name="Value">θ_j.</param>
/// <param name="StandardError">Its standard error, from the inverse of the observed information.</param>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record OrdinalThreshold(string Below, string Above, double Value, double StandardError);
