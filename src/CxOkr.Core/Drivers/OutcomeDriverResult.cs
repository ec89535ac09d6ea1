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
    private protected OutcomeDriverResult(OutcomeModelData model, DriverTable data, IOutcomeFitter fitter, OutcomeDriverAnalyzer.Common common)
    {
        Outcome = model.Outcome;
        Weight = data.Specification.Weight;
        Rows = model.Rows;
        UnmatchedRows = data.UnmatchedRows;
        NUsed = model.N;
        SumOfWeights = model.SumOfWeights;
        LogLikelihood = common.Full.LogLikelihood;
        NullLogLikelihood = fitter.NullLogLikelihood;
        Iterations = common.Full.Iterations;
        Converged = common.Full.Converged;
        Problem = common.Problem;
        ProblemDrivers = common.ProblemDrivers;
        PseudoRSquared = common.PseudoRSquared;
        ShapleyExact = common.Exact;
        ShapleyPermutations = common.Permutations;
        Drivers = common.Effects;
        ImportanceThreshold = common.ImportanceThreshold;
        PerformanceThreshold = common.PerformanceThreshold;
    }

    /// <summary>The outcome column.</summary>
    public string Outcome { get; }

    /// <summary>The weight column, or <see langword="null"/>.</summary>
    public string? Weight { get; }

    /// <summary>Rows read (after a join: the joined rows) and why rows were dropped.</summary>
    public ListwiseDeletion Rows { get; }

    /// <summary>Survey rows a join left out because their key had no match (0 without a join).</summary>
    public int UnmatchedRows { get; }

    /// <summary>Rows used.</summary>
    public long NUsed { get; }

    /// <summary>Sum of the weights of the rows used (the n of the pseudo-R²).</summary>
    public double SumOfWeights { get; }

    /// <summary>Log-likelihood of the model, Σ w log p(observed).</summary>
    public double LogLikelihood { get; }

    /// <summary>Log-likelihood of the null model on the same rows.</summary>
    public double NullLogLikelihood { get; }

    /// <summary>Iterations of the full model's fit (IRLS for logistic, Newton for ordinal).</summary>
    public int Iterations { get; }

    /// <summary>Whether the full model converged with finite estimates.</summary>
    public bool Converged { get; }

    /// <summary>Why the estimates are not usable, for a partial result; <see langword="null"/> for a proper fit.</summary>
    public ModelFitProblem? Problem { get; }

    /// <summary>The drivers involved in <see cref="Problem"/>; empty without one.</summary>
    public IReadOnlyList<string> ProblemDrivers { get; }

    /// <summary>The four pseudo-R².</summary>
    public PseudoRSquared PseudoRSquared { get; }

    /// <summary>Whether the Shapley values are exact (all subsets refitted) rather than sampled.</summary>
    public bool ShapleyExact { get; }

    /// <summary>Random orderings used when sampled; 0 when exact.</summary>
    public int ShapleyPermutations { get; }

    /// <summary>The drivers in the order given.</summary>
    public IReadOnlyList<OutcomeDriverEffect> Drivers { get; }

    /// <summary>Importance share splitting high from low importance in the priority matrix.</summary>
    public double ImportanceThreshold { get; }

    /// <summary>Performance splitting high from low performance in the priority matrix.</summary>
    public double PerformanceThreshold { get; }
}
