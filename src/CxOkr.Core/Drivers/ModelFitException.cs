using CxOkr.Utilities;

namespace CxOkr.Drivers;

/// <summary>
/// Raised when a logistic or ordinal key-driver model cannot be estimated from the data: separation, no
/// convergence, an empty or single outcome level, a constant or collinear driver. The message names the
/// drivers (or levels) involved; <see cref="OutcomeDriverOptions.AllowPartialResult"/> turns separation and
/// non-convergence into a flagged partial result instead.
/// </summary>
public sealed class ModelFitException : CxOkrException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What went wrong.</param>
    /// <param name="drivers">The drivers involved (empty when the problem is the outcome's).</param>
    /// <param name="message">A sentence naming the drivers, levels and outcome.</param>
    public ModelFitException(ModelFitProblem problem, IReadOnlyList<string> drivers, string message)
        : base(message)
    {
        Problem = Guard.Defined(problem);
        Drivers = ReadOnly.CopyOf(Guard.NotNull(drivers));
    }

    /// <summary>What went wrong.</summary>
    public ModelFitProblem Problem { get; }

    /// <summary>The drivers involved, in driver order; empty for a problem of the outcome.</summary>
    public IReadOnlyList<string> Drivers { get; }
}
