namespace CxOkr.Serialization;

/// <summary>How strictly <see cref="WorkspaceReader"/> treats references between the parts of a document.</summary>
public enum WorkspaceReadMode
{
    /// <summary>Duplicate ids, unknown unit, period, parent or metric ids, and alignment cycles are errors.</summary>
    Strict,

    /// <summary>
    /// Duplicate ids, unknown references and cycles are accepted (alignment checks report them as
    /// findings); malformed JSON, unknown properties and bad kinds or values are still errors.
    /// </summary>
    Lenient,
}
