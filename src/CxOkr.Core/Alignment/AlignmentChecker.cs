using CxOkr.Findings;
using CxOkr.Utilities;

namespace CxOkr.Alignment;

/// <summary>Runs the built-in alignment rules (docs/alignment.md) and any added ones, applying the options' switches and severities.</summary>
/// <threadsafety>Thread-safe: immutable once created (validated options, a fixed list of rules), so one checker may run <see cref="Check"/> on several threads at once, provided the added rules are thread-safe (the built-in ones are).</threadsafety>
public sealed class AlignmentChecker : IAlignmentChecker
{
    private readonly AlignmentOptions _options;
    private readonly IAlignmentRule[] _rules;

    /// <summary>Creates a checker.</summary>
    /// <param name="options">Switches, severities and thresholds (defaults when null); validated here, once.</param>
    /// <param name="additionalRules">Rules of the host's own, run after the built-in ones.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ArgumentException">Two rules share an id.</exception>
    public AlignmentChecker(AlignmentOptions? options = null, IEnumerable<IAlignmentRule>? additionalRules = null)
    {
        // An immutable record (immutable collections included): held as given, nothing to copy.
        _options = options ?? new AlignmentOptions();
        _options.Validate();
        var rules = BuiltInRules.Create().Concat(additionalRules ?? []).ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            Guard.NotNull(rule, nameof(additionalRules));
            if (!ids.Add(rule.Id))
            {
                throw new ArgumentException($"Two alignment rules share the id '{rule.Id}'.", nameof(additionalRules));
            }
        }

        _rules = rules;
    }

    /// <summary>The ids of every rule this checker knows, enabled or not.</summary>
    public IReadOnlyList<string> RuleIds => ReadOnly.Wrap(_rules.Select(static r => r.Id).ToArray());

    /// <inheritdoc />
    public AlignmentReport Check(CascadeGraph graph)
    {
        Guard.NotNull(graph);
        var findings = new List<Finding>();
        foreach (var rule in _rules)
        {
            if (_options.DisabledRules.Contains(rule.Id))
            {
                continue;
            }

            var severity = _options.Severities.TryGetValue(rule.Id, out var overridden) ? overridden : rule.DefaultSeverity;
            foreach (var finding in rule.Check(graph, _options))
            {
                findings.Add(finding.Severity == severity && finding.Rule == rule.Id ? finding : finding with { Rule = rule.Id, Severity = severity });
            }
        }

        findings.Sort(Compare);
        return new AlignmentReport(findings);
    }

    private static int Compare(Finding a, Finding b)
    {
        var c = a.Severity.CompareTo(b.Severity);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Rule, b.Rule);
        if (c != 0)
        {
            return c;
        }

        for (var i = 0; i < Math.Min(a.Subjects.Count, b.Subjects.Count); i++)
        {
            c = string.CompareOrdinal(a.Subjects[i], b.Subjects[i]);
            if (c != 0)
            {
                return c;
            }
        }

        c = a.Subjects.Count.CompareTo(b.Subjects.Count);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}
