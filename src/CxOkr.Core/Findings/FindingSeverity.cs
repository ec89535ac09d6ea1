namespace CxOkr.Findings;

/// <summary>How serious a <see cref="Finding"/> is.</summary>
public enum FindingSeverity
{
    /// <summary>The model is inconsistent and must be fixed before it is used.</summary>
    Error,

    /// <summary>A gap worth fixing; the model can still be used.</summary>
    Warning,

    /// <summary>Information only.</summary>
    Info,
}
