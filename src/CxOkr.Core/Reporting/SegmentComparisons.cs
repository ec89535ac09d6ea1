using CxOkr.Measures;

namespace CxOkr.Reporting;

/// <summary>The pairs of one segment attribute's segments over one period.</summary>
/// <param name="Attribute">The segment attribute (region, plan, ...).</param>
/// <param name="Period">The period label (the last month).</param>
/// <param name="Comparisons">The run, p-values adjusted over its pairs.</param>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record SegmentComparisons(string Attribute, string Period, GroupComparisonSet Comparisons);
