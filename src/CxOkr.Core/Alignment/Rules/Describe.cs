using CxOkr.Okrs;

namespace CxOkr.Alignment.Rules;

/// <summary>How findings name things: title first, for managers, with the id for tools.</summary>
internal static class Describe
{
    public static string Objective(Objective objective) => $"'{objective.Title}' ({objective.Id})";

    public static string KeyResult(KeyResult keyResult) => $"'{keyResult.Title}' ({keyResult.Id})";
}
