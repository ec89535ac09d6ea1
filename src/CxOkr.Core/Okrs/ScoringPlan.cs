namespace CxOkr.Okrs;

/// <summary>
/// Objectives resolved against their periods, with each objective's aligned children by index and share; key
/// results that roll up their children's values already carry the check-ins that roll-up computes.
/// </summary>
internal sealed class ScoringPlan
{
    private ScoringPlan(Objective[] objectives, OkrPeriod[] periods, List<(int Child, double Share)>[] children)
    {
        Objectives = objectives;
        Periods = periods;
        Children = children;
    }

    public Objective[] Objectives { get; }

    public OkrPeriod[] Periods { get; }

    public List<(int Child, double Share)>[] Children { get; }

    public static ScoringPlan Create(IEnumerable<Objective> objectives, IEnumerable<OkrPeriod> periods)
    {
        var periodById = new Dictionary<string, OkrPeriod>(StringComparer.Ordinal);
        foreach (var period in periods)
        {
            if (period is null)
            {
                throw new ArgumentException("periods contains a null period.", nameof(periods));
            }

            if (!periodById.TryAdd(period.Id, period))
            {
                throw new ArgumentException($"Two periods share the id '{period.Id}'.", nameof(periods));
            }
        }

        var list = objectives.ToArray();
        var index = new Dictionary<string, int>(list.Length, StringComparer.Ordinal);
        var resolved = new OkrPeriod[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            var objective = list[i] ?? throw new ArgumentException($"objectives[{i}] is null.", nameof(objectives));
            if (!index.TryAdd(objective.Id, i))
            {
                throw new ArgumentException($"Two objectives share the id '{objective.Id}'.", nameof(objectives));
            }

            if (!periodById.TryGetValue(objective.PeriodId, out var period))
            {
                throw new ArgumentException($"Objective '{objective.Id}' names period '{objective.PeriodId}', which is not among the periods given.", nameof(objectives));
            }

            resolved[i] = period;
        }

        var children = new List<(int Child, double Share)>[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            children[i] = [];
        }

        for (var i = 0; i < list.Length; i++)
        {
            // A parent outside the set is simply not rolled up into; alignment checks report it.
            foreach (var link in list[i].Parents)
            {
                if (index.TryGetValue(link.ObjectiveId, out var parent))
                {
                    children[parent].Add((i, link.Share));
                }
            }
        }

        ValueRollup.Apply(list, children);
        return new ScoringPlan(list, resolved, children);
    }
}
