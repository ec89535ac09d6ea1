using CxOkr.Findings;

namespace CxOkr.Tests.Findings;

public sealed class FindingTests
{
    [Fact]
    public void Findings_with_equal_parts_are_equal_whatever_list_holds_the_subjects()
    {
        var a = new Finding("orphan", FindingSeverity.Warning, new List<string> { "o-1", "u-1" }, "Objective 'o-1' aligns to nothing.");
        var b = new Finding("orphan", FindingSeverity.Warning, ["o-1", "u-1"], "Objective 'o-1' aligns to nothing.");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Subjects = ["u-1", "o-1"] });
        Assert.NotEqual(a, b with { Severity = FindingSeverity.Error });
        Assert.Equal("Warning orphan [o-1, u-1]: Objective 'o-1' aligns to nothing.", a.ToString());
    }

    [Fact]
    public void Subjects_are_copied_so_the_callers_list_cannot_change_the_finding()
    {
        var subjects = new List<string> { "o-1" };
        var finding = new Finding("orphan", FindingSeverity.Warning, subjects, "m");
        subjects.Add("o-2");
        Assert.Equal(["o-1"], finding.Subjects);
    }

    [Fact]
    public void Blank_or_undefined_parts_are_refused_at_construction_and_on_with()
    {
        Assert.Equal("Rule", Assert.ThrowsAny<ArgumentException>(() => new Finding(" ", FindingSeverity.Info, [], "m")).ParamName);
        Assert.Equal("Message", Assert.ThrowsAny<ArgumentException>(() => new Finding("r", FindingSeverity.Info, [], "")).ParamName);
        Assert.Equal("Severity", Assert.ThrowsAny<ArgumentException>(() => new Finding("r", (FindingSeverity)9, [], "m")).ParamName);
        Assert.Equal("Subjects", Assert.ThrowsAny<ArgumentException>(() => new Finding("r", FindingSeverity.Info, ["a", ""], "m")).ParamName);
        var valid = new Finding("r", FindingSeverity.Info, ["a"], "m");
        Assert.Equal("Message", Assert.ThrowsAny<ArgumentException>(() => valid with { Message = "  " }).ParamName);
    }
}
