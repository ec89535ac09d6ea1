namespace CxOkr.Drivers;

/// <summary>What the engine computed: Shapley values (with standard errors when sampled), mean gain by
/// driver and model size (row-major q×q), and the complete dominance matrix (exact runs only).</summary>
internal sealed record DominanceComputation(double[] Shapley, double[]? StandardErrors, double[] Conditional, double[]? Complete, int Permutations);
