using System.Globalization;

namespace CxOkr.Storage;

/// <summary>A batch of responses repeated a respondent id, date and journey (within itself or against the store); nothing was stored.</summary>
public sealed class DuplicateResponseException : CxOkrException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="respondentId">The respondent's id.</param>
    /// <param name="date">The response's date.</param>
    /// <param name="journeyId">The response's journey, or null.</param>
    public DuplicateResponseException(string respondentId, DateOnly date, string? journeyId)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"A response of respondent '{respondentId}' on {date:yyyy-MM-dd} {(journeyId is null ? "without a journey" : $"for journey '{journeyId}'")} is already stored or repeated in the batch; no response of the batch was stored."))
    {
        RespondentId = respondentId;
        Date = date;
        JourneyId = journeyId;
    }

    /// <summary>The respondent's id.</summary>
    public string RespondentId { get; }

    /// <summary>The response's date.</summary>
    public DateOnly Date { get; }

    /// <summary>The response's journey, or null.</summary>
    public string? JourneyId { get; }
}
