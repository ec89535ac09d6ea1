using CxOkr.Findings;
using CxOkr.Okrs;
using CxOkr.Serialization;

namespace CxOkr.Tests.Serialization;

public sealed class JsonNamesTests
{
    [Fact]
    public void Defined_values_have_their_names()
    {
        Assert.Equal(
            ["milestone", "aspirational", "offTrack", "green", "onTrackStreak", "warning"],
            [JsonNames.Of(KeyResultKind.Milestone), JsonNames.Of(ObjectiveType.Aspirational), JsonNames.Of(OkrStatus.OffTrack), JsonNames.Of(Grade.Green), JsonNames.Of(AchievementKind.OnTrackStreak), JsonNames.Camel(FindingSeverity.Warning)]);
    }

    [Fact]
    public void Undefined_enum_values_are_refused_naming_the_parameter_instead_of_taking_the_last_name()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => JsonNames.Of((KeyResultKind)9)).ParamName);
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() => JsonNames.Of((ObjectiveType)5)).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => JsonNames.Of((OkrStatus)(-1))).ParamName);
        Assert.Equal("grade", Assert.Throws<ArgumentOutOfRangeException>(() => JsonNames.Of((Grade)7)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => JsonNames.Of((AchievementKind)42)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => JsonNames.Camel((FindingSeverity)99)).ParamName);
        Assert.Contains("(7) is not a defined Grade", Assert.Throws<ArgumentOutOfRangeException>(() => JsonNames.Of((Grade)7)).Message, StringComparison.Ordinal);
    }
}
