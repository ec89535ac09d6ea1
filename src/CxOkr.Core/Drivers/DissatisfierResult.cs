namespace CxOkr.Drivers;

/// <summary>The outcome of a key-dissatisfier analysis: reach-noise Shapley values and penalty-reward contrasts per driver.</summary>
/// <threadsafety>Thread-safe: immutable; <see cref="Drivers"/> is a read-only copy.</threadsafety>
public sealed record DissatisfierResult
{
    internal DissatisfierResult(string outcome, int nUsed, int dissatisfied, int delighted, DissatisfierOptions options, IEnumerable<DissatisfierDriver> drivers)
    {
        Outcome = outcome;
        NUsed = nUsed;
        Dissatisfied = dissatisfied;
        Delighted = delighted;
        Options = options;
        Drivers = Utilities.ReadOnly.CopyOf(drivers);
    }

    /// <summary>The outcome column or metric id.</summary>
    public string Outcome { get; }

    /// <summary>Rows used after listwise deletion (outcome, every driver and a positive weight present).</summary>
    public int NUsed { get; }

    /// <summary>Rows whose outcome is dissatisfied (at or below <see cref="DissatisfierOptions.OutcomeLow"/>).</summary>
    public int Dissatisfied { get; }

    /// <summary>Rows whose outcome is delighted (at or above <see cref="DissatisfierOptions.OutcomeHigh"/>).</summary>
    public int Delighted { get; }

    /// <summary>The cut-offs used.</summary>
    public DissatisfierOptions Options { get; }

    /// <summary>The drivers in the order given.</summary>
    public IReadOnlyList<DissatisfierDriver> Drivers { get; }
}
