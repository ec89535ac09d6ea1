using System.Globalization;

namespace CxOkr.Measures;

/// <summary>Raised when a response value lies outside its metric's scale and the policy is <see cref="OutOfRangePolicy.Reject"/>.</summary>
public sealed class OutOfRangeValueException : CxOkrException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="metricId">The metric whose scale the value violates.</param>
    /// <param name="respondentId">The respondent who gave the value.</param>
    /// <param name="value">The value.</param>
    /// <param name="expected">What was expected, such as "an integer in [0, 10]".</param>
    public OutOfRangeValueException(string metricId, string respondentId, double value, string expected)
        : base($"metric '{metricId}': respondent '{respondentId}' has value {value.ToString("R", CultureInfo.InvariantCulture)}, expected {expected}.")
    {
        MetricId = metricId;
        RespondentId = respondentId;
        Value = value;
    }

    /// <summary>The metric whose scale the value violates.</summary>
    public string MetricId { get; }

    /// <summary>The respondent who gave the value.</summary>
    public string RespondentId { get; }

    /// <summary>The offending value.</summary>
    public double Value { get; }
}
