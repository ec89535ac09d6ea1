using System.Globalization;

namespace CxOkr.Serialization;

/// <summary>
/// The JSON path of a value the converter checks, built as text only when a problem is reported there: a
/// 100,000-objective document has millions of checked values and almost never a problem.
/// Either plain text (any part of the document) or <c>$.objectives[i]</c>, optionally <c>.keyResults[k]</c>
/// and <c>.checkIns[c]</c>, followed by a constant field such as <c>.id</c>.
/// </summary>
internal readonly struct ProblemPath
{
    private readonly string? _text;
    private readonly int _objective;
    private readonly int _keyResult;
    private readonly int _checkIn;
    private readonly string? _field;

    private ProblemPath(string? text, int objective, int keyResult, int checkIn, string? field)
    {
        _text = text;
        _objective = objective;
        _keyResult = keyResult;
        _checkIn = checkIn;
        _field = field;
    }

    /// <summary>The path <c>$.objectives[index]</c>.</summary>
    public static ProblemPath Objective(int index) => new(null, index, -1, -1, null);

    /// <summary>A path given as text.</summary>
    public static implicit operator ProblemPath(string text) => new(text, -1, -1, -1, null);

    /// <summary>The path followed by a member such as <c>.id</c>.</summary>
    public static ProblemPath operator +(ProblemPath path, string field) =>
        path._field is null ? new ProblemPath(path._text, path._objective, path._keyResult, path._checkIn, field) : new ProblemPath(path.ToString() + field, -1, -1, -1, null);

    /// <summary>This objective's key result <paramref name="index"/>.</summary>
    public ProblemPath KeyResult(int index) => _text is null && _field is null ? new ProblemPath(null, _objective, index, -1, null) : $"{this}.keyResults[{index}]";

    /// <summary>This key result's check-in <paramref name="index"/>.</summary>
    public ProblemPath CheckIn(int index) => _text is null && _field is null && _keyResult >= 0 ? new ProblemPath(null, _objective, _keyResult, index, null) : $"{this}.checkIns[{index}]";

    /// <summary>The path as text.</summary>
    public override string ToString()
    {
        var text = _text ?? string.Create(CultureInfo.InvariantCulture, $"$.objectives[{_objective}]")
            + (_keyResult >= 0 ? string.Create(CultureInfo.InvariantCulture, $".keyResults[{_keyResult}]") : string.Empty)
            + (_checkIn >= 0 ? string.Create(CultureInfo.InvariantCulture, $".checkIns[{_checkIn}]") : string.Empty);
        return text + _field;
    }
}
