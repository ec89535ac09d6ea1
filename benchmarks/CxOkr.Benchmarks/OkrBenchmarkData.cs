using CxOkr.Journeys;
using CxOkr.Okrs;

namespace CxOkr.Benchmarks;

/// <summary>A large synthetic organisation (fixed seed): a unit tree, one quarter, objectives cascaded five wide with three key results and weekly check-ins each, and metrics in three tiers with links.</summary>
public sealed class OkrBenchmarkData
{
    public static readonly OkrPeriod Quarter = new("Q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));

    private OkrBenchmarkData(List<OrgUnit> units, List<Objective> objectives, List<MetricDefinition> metrics, List<MetricLink> links)
    {
        Units = units;
        Objectives = objectives;
        Metrics = metrics;
        Links = links;
    }

    public List<OrgUnit> Units { get; }

    public List<Objective> Objectives { get; }

    public List<MetricDefinition> Metrics { get; }

    public List<MetricLink> Links { get; }

    public static OkrBenchmarkData Create(int objectiveCount, int seed = 2026)
    {
        var random = new Random(seed);
        var metrics = new List<MetricDefinition>
        {
            new("nps", "NPS", MetricTier.Relationship, null, DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Nps),
        };
        var links = new List<MetricLink>();
        for (var j = 0; j < 10; j++)
        {
            metrics.Add(new($"j{j}", $"Journey {j}", MetricTier.Journey, MetricScope.ForJourney($"journey{j}"), DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean));
            links.Add(new($"j{j}", "nps"));
            for (var i = 0; i < 4; i++)
            {
                metrics.Add(new($"i{j}-{i}", $"Interaction {j}.{i}", MetricTier.Interaction, MetricScope.ForTouchpoint($"tp{j}-{i}"), DataKind.Operational, Collection.Unsolicited, Structure.Structured, Calculation.Mean));
                links.Add(new($"i{j}-{i}", $"j{j}"));
            }
        }

        var units = new List<OrgUnit> { new("u0", "Company") };
        var objectives = new List<Objective>(objectiveCount);
        var unitOf = new int[objectiveCount];
        var familyOf = new int[objectiveCount];
        var weeks = Enumerable.Range(1, 13).Select(w => Quarter.Start.AddDays(7 * w - 3)).ToArray();
        for (var i = 0; i < objectiveCount; i++)
        {
            // Parent is (i - 1) / 5: a five-wide tree. The first 2,000 objectives each have their own unit in
            // a tree of the same shape; deeper teams share their parent's unit. Each branch below the
            // company works on one journey (its "family"), as a cascade that is aligned does.
            var parentIndex = (i - 1) / 5;
            var parent = i == 0 ? null : $"o{parentIndex}";
            var unitIndex = i < 2000 ? i : unitOf[parentIndex];
            unitOf[i] = unitIndex;
            if (unitIndex == units.Count)
            {
                units.Add(new($"u{unitIndex}", $"Unit {unitIndex}", $"u{(unitIndex - 1) / 5}"));
            }

            var depth = (int)Math.Floor(Math.Log(4 * i + 1, 5));
            familyOf[i] = depth <= 1 ? i % 10 : familyOf[parentIndex];
            var keyResults = new KeyResult[3];
            for (var k = 0; k < 3; k++)
            {
                var metric = depth switch
                {
                    0 => "nps",
                    1 => $"j{familyOf[i]}",
                    _ => $"i{familyOf[i]}-{(k == 0 ? 0 : random.Next(4))}",
                };
                var baseline = random.Next(10, 60);
                var checkIns = weeks.Select((d, w) => new CheckIn(d, baseline + (w * random.NextDouble() * 3), random.NextDouble()));
                keyResults[k] = k == 2
                    ? KeyResult.AtLeast($"kr{i}-{k}", "Hold", 40, metricId: metric, checkIns: checkIns)
                    : KeyResult.Increase($"kr{i}-{k}", "Raise", baseline, baseline + 30, weight: k + 1, metricId: metric, checkIns: checkIns);
            }

            objectives.Add(new Objective($"o{i}", $"Objective {i}", $"u{unitIndex}", Quarter.Id, keyResults, parent));
        }

        return new OkrBenchmarkData(units, objectives, metrics, links);
    }
}
