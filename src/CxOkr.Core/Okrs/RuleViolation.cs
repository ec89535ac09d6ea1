namespace CxOkr.Okrs;

/// <summary>One broken rule of a domain type's fields: which field, and what is wrong with it.</summary>
/// <param name="Field">The field as the workspace document names it (<c>target</c>, <c>checkIns[2].value</c>).</param>
/// <param name="Message">What is wrong, phrased to read after the field's name or JSON path: "(0.5) must be above baseline (0.6) for an increase key result."</param>
internal readonly record struct RuleViolation(string Field, string Message)
{
    /// <summary>The field and the message as one phrase, as constructor exceptions word it: <c>target (0.5) must be above ...</c>.</summary>
    public string Phrase => $"{Field} {Message}";
}
