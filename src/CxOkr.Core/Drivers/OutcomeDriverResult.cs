using System.Collections.ObjectModel;
using CxOkr.Data;

namespace CxOkr.Drivers;

/// <summary>
/// What a logistic (<see cref="LogisticDriverResult"/>) and an ordinal (<see cref="OrdinalDriverResult"/>)
/// key-driver analysis have in common: the rows, the fit, the pseudo-R² and the drivers with their Shapley
/// shares of McFadden's R².
/// </summary>
/// <remarks>The log-likelihood is Σ w log p(observed) over the rows used; the null model (intercept or
/// thresholds only) is fitted on the same rows. A result with <see cref="Problem"/> set is a partial result
/// the caller asked for (<see cref="OutcomeDriverOptions.AllowPartialResult"/>): its numbers are those at the
/// last iteration and are not estimates.</remarks>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public abstract class OutcomeDriverResult
{
    private protected OutcomeDriverResult()
    {
    }

    /// <summary>The outcome column.</summary>
    public string Outcome { get; internal init; } = string.Empty;

    /// <summary>The weight column, or <see langword="null"/>.</summary>
    public string? Weight { get; internal init; }

    /// <summary>Rows read (after a join: the joined rows) and why rows were dropped.</summary>
    public ListwiseDeletion Rows { get; internal init; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Survey rows a join left out because their key had no match (0 without a join).</summary>
    public int UnmatchedRows { get; internal init; }

    /// <summary>Rows used.</summary>
    public long NUsed { get; internal init; }

    /// <summary>Sum of the weights of the rows used (the n of the pseudo-R²).</summary>
    public double SumOfWeights { get; internal init; }

    /// <summary>Log-likelihood of the model, Σ w log p(observed).</summary>
    public double LogLikelihood { get; internal init; }

    /// <summary>Log-likelihood of the null model on the same rows.</summary>
    public double NullLogLikelihood { get; internal init; }

    /// <summary>Iterations of the full model's fit (IRLS for logistic, Newton for ordinal).</summary>
    public int Iterations { get; internal init; }

    /// <summary>Whether the full model converged with finite estimates.</summary>
    public bool Converged { get; internal init; }

    /// <summary>Why the estimates are not usable, for a partial result; <see langword="null"/> for a proper fit.</summary>
    public ModelFitProblem? Problem { get; internal init; }

    /// <summary>The drivers involved in <see cref="Problem"/>; empty without one.</summary>
    public IReadOnlyList<string> ProblemDrivers { get; internal init; } = ReadOnlyCollection<string>.Empty;

    /// <summary>The four pseudo-R².</summary>
    public PseudoRSquared PseudoRSquared { get; internal init; } = new(0, 0, 0, 0);

    /// <summary>Whether the Shapley values are exact (all subsets refitted) rather than sampled.</summary>
    public bool ShapleyExact { get; internal init; }

    /// <summary>Random orderings used when sampled; 0 when exact.</summary>
    public int ShapleyPermutations { get; internal init; }

    /// <summary>The drivers in the order given.</summary>
    public IReadOnlyList<OutcomeDriverEffect> Drivers { get; internal init; } = ReadOnlyCollection<OutcomeDriverEffect>.Empty;

    /// <summary>Importance share splitting high from low importance in the priority matrix.</summary>
    public double ImportanceThreshold { get; internal init; }

    /// <summary>Performance splitting high from low performance in the priority matrix.</summary>
    public double PerformanceThreshold { get; internal init; }
}
