namespace CxOkr.Measures;

/// <summary>The three Net Promoter groups behind an NPS result: counts, weighted shares and the plain score.</summary>
/// <param name="PromoterCount">Number of answers 9-10.</param>
/// <param name="PassiveCount">Number of answers 7-8.</param>
/// <param name="DetractorCount">Number of answers 0-6.</param>
/// <param name="Promoters">Weighted share of promoters, in [0, 1].</param>
/// <param name="Passives">Weighted share of passives, in [0, 1].</param>
/// <param name="Detractors">Weighted share of detractors, in [0, 1].</param>
/// <param name="Score">The plain NPS, 100 (promoters - detractors), in [-100, 100]; equals the result's value unless the adjusted Wald method is used.</param>
public sealed record NpsBreakdown(
    int PromoterCount,
    int PassiveCount,
    int DetractorCount,
    double Promoters,
    double Passives,
    double Detractors,
    double Score);
