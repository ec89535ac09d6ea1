namespace CxOkr.Serialization;

/// <summary>One thing wrong with a workspace document, at a JSON path.</summary>
/// <param name="Path">Where, as a JSON path such as <c>$.objectives[0].keyResults[1].target</c>.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record WorkspaceProblem(string Path, string Message)
{
    /// <summary>The problem as <c>path: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
