namespace CxOkr.Drivers;

/// <summary>One driver of a key-dissatisfier analysis: its reach-noise Shapley values and its penalty-reward contrast.</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record DissatisfierDriver
{
    internal DissatisfierDriver()
    {
    }

    /// <summary>The driver's column or metric id.</summary>
    public string Name { get; internal init; } = string.Empty;

    /// <summary>Shapley value of the dissatisfier reach-noise game (points of reach): how much failing on this driver tells dissatisfied respondents from the others.</summary>
    public double DissatisfierShapley { get; internal init; }

    /// <summary><see cref="DissatisfierShapley"/> over the sum of all drivers' values (v of all drivers); 0 when that sum is 0 up to rounding (1e-9 of the sum of the absolute values).</summary>
    public double DissatisfierShare { get; internal init; }

    /// <summary>Shapley value of the satisfier (delighter) reach-noise game, in points.</summary>
    public double SatisfierShapley { get; internal init; }

    /// <summary><see cref="SatisfierShapley"/> over the sum of all drivers' values; 0 when that sum is 0 up to rounding (1e-9 of the sum of the absolute values).</summary>
    public double SatisfierShare { get; internal init; }

    /// <summary>Coefficient of the "failing" dummy in the penalty-reward regression (outcome units); null when the dummy is constant or aliased (nobody, or everybody, fails).</summary>
    public double? Penalty { get; internal init; }

    /// <summary>Two-sided t p-value of <see cref="Penalty"/>; null with it.</summary>
    public double? PenaltyP { get; internal init; }

    /// <summary>Coefficient of the "delighting" dummy (outcome units); null when the dummy is constant or aliased.</summary>
    public double? Reward { get; internal init; }

    /// <summary>Two-sided t p-value of <see cref="Reward"/>; null with it.</summary>
    public double? RewardP { get; internal init; }

    /// <summary>The Kano category from which of penalty and reward are significant at 0.05 (a missing one is not).</summary>
    public KanoCategory Category { get; internal init; }
}
