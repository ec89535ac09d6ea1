using CxOkr.Findings;

namespace CxOkr.Alignment.Rules;

internal sealed class UncoveredDriverRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.UncoveredDriver;

    public FindingSeverity DefaultSeverity => FindingSeverity.Warning;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        foreach (var ranking in graph.DriverRankings)
        {
            for (var rank = 0; rank < Math.Min(options.TopDrivers, ranking.Drivers.Count); rank++)
            {
                var (driver, share) = ranking.Drivers[rank];
                if (!graph.IsMeasured(driver))
                {
                    yield return new Finding(Id, DefaultSeverity, [ranking.OutcomeMetricId, driver], $"'{driver}' is driver number {rank + 1} of '{ranking.OutcomeMetricId}' ({(share * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture)}% of explained variance), but no key result measures it.");
                }
            }
        }
    }
}
