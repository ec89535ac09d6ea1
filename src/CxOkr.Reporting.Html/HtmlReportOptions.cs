namespace CxOkr.Reporting.Html;

/// <summary>Settings of the HTML programme report. Immutable; each setting is checked when it is set.</summary>
/// <threadsafety>Immutable, so safe to share between threads.</threadsafety>
public sealed record HtmlReportOptions
{
    /// <summary>The default options.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>The page's heading and, with the as-of date, its title. Default "Customer-experience OKR report".</summary>
    /// <exception cref="ArgumentException">Null or blank.</exception>
    public string Title
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("Title must not be blank.", nameof(Title)) : value;
    } = "Customer-experience OKR report";

    /// <summary>How many achievements each objective lists, newest first (the rest are counted). Default 6, at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1.</exception>
    public int AchievementsPerObjective
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(AchievementsPerObjective), value, "AchievementsPerObjective must be at least 1.");
    } = 6;
}
