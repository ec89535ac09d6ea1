namespace CxOkr.Measures;

/// <summary>What to do with a response value outside its metric's scale (an NPS answer of 11, a CSAT of 0 on 1-5).</summary>
public enum OutOfRangePolicy
{
    /// <summary>Stop with an <see cref="OutOfRangeValueException"/> naming the metric, respondent and value (the default).</summary>
    Reject,

    /// <summary>Leave the value out and count it in <see cref="MetricResult.Excluded"/>.</summary>
    Exclude,
}
