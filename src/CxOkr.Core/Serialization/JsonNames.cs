using CxOkr.Okrs;
using CxOkr.Utilities;

namespace CxOkr.Serialization;

/// <summary>The camelCase names that enums take in workspace documents and in command output.</summary>
/// <threadsafety>Thread-safe: static and stateless.</threadsafety>
public static class JsonNames
{
    /// <summary>The document name of a key result kind, e.g. <c>atLeast</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="KeyResultKind"/> (e.g. an integer cast to it).</exception>
    public static string Of(KeyResultKind kind) => kind switch
    {
        KeyResultKind.Increase => "increase",
        KeyResultKind.Decrease => "decrease",
        KeyResultKind.AtLeast => "atLeast",
        KeyResultKind.AtMost => "atMost",
        KeyResultKind.Milestone => "milestone",
        _ => throw Undefined(kind, nameof(kind)),
    };

    /// <summary>The document name of an objective type: <c>committed</c> or <c>aspirational</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined <see cref="ObjectiveType"/> (e.g. an integer cast to it).</exception>
    public static string Of(ObjectiveType type) => type switch
    {
        ObjectiveType.Committed => "committed",
        ObjectiveType.Aspirational => "aspirational",
        _ => throw Undefined(type, nameof(type)),
    };

    /// <summary>The output name of a status, e.g. <c>onTrack</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined <see cref="OkrStatus"/> (e.g. an integer cast to it).</exception>
    public static string Of(OkrStatus status) => status switch
    {
        OkrStatus.Achieved => "achieved",
        OkrStatus.OnTrack => "onTrack",
        OkrStatus.AtRisk => "atRisk",
        OkrStatus.OffTrack => "offTrack",
        _ => throw Undefined(status, nameof(status)),
    };

    /// <summary>The output name of a grade: <c>red</c>, <c>yellow</c> or <c>green</c>.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grade"/> is not a defined <see cref="Grade"/> (e.g. an integer cast to it).</exception>
    public static string Of(Grade grade) => grade switch
    {
        Grade.Red => "red",
        Grade.Yellow => "yellow",
        Grade.Green => "green",
        _ => throw Undefined(grade, nameof(grade)),
    };

    /// <summary>The output name of an achievement kind, e.g. <c>progressMilestone</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="AchievementKind"/> (e.g. an integer cast to it).</exception>
    public static string Of(AchievementKind kind) => kind switch
    {
        AchievementKind.KeyResultAchieved => "keyResultAchieved",
        AchievementKind.ProgressMilestone => "progressMilestone",
        AchievementKind.ObjectiveAchieved => "objectiveAchieved",
        AchievementKind.OnTrackStreak => "onTrackStreak",
        _ => throw Undefined(kind, nameof(kind)),
    };

    /// <summary>Parses a key result kind's document name (case-sensitive).</summary>
    /// <param name="text">The name.</param>
    /// <param name="kind">The kind, when parsed.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? text, out KeyResultKind kind)
    {
        (var ok, kind) = text switch
        {
            "increase" => (true, KeyResultKind.Increase),
            "decrease" => (true, KeyResultKind.Decrease),
            "atLeast" => (true, KeyResultKind.AtLeast),
            "atMost" => (true, KeyResultKind.AtMost),
            "milestone" => (true, KeyResultKind.Milestone),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>Parses an objective type's document name (case-sensitive).</summary>
    /// <param name="text">The name.</param>
    /// <param name="type">The type, when parsed.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? text, out ObjectiveType type)
    {
        (var ok, type) = text switch
        {
            "committed" => (true, ObjectiveType.Committed),
            "aspirational" => (true, ObjectiveType.Aspirational),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>The camelCase document name of any enum value, e.g. <c>topBox</c> for <c>Calculation.TopBox</c>.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The member name with its first letter in lower case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member of <typeparamref name="T"/> (e.g. an integer cast to it).</exception>
    public static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = Guard.Defined(value).ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Parses the camelCase document name of an enum member (case-sensitive; numbers are refused).</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="text">The name.</param>
    /// <param name="value">The value, when parsed.</param>
    /// <returns>Whether the name is a member's camelCase name.</returns>
    public static bool TryParseCamel<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Camel(candidate) == text)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static ArgumentOutOfRangeException Undefined<T>(T value, string paramName)
        where T : struct, Enum =>
        new(paramName, value, $"{paramName} ({value}) is not a defined {typeof(T).Name}.");

    /// <summary>The camelCase names of all members of an enum, for error messages.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <returns>The names joined with commas.</returns>
    public static string AllCamel<T>()
        where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Select(static v => Camel(v)));
}
