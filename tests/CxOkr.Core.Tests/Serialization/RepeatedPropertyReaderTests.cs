using CxOkr.Serialization;

namespace CxOkr.Tests.Serialization;

/// <summary>The driver-rankings and topics readers refuse a property given twice, as the workspace reader does.</summary>
public sealed class RepeatedPropertyReaderTests
{
    [Fact]
    public void A_topic_with_its_id_given_twice_is_refused_at_its_path()
    {
        var error = Assert.Throws<TopicsFormatException>(() => TopicsReader.Read("""{"topics": [{"id": "billing", "id": "wait", "any": ["bill"]}]}"""));

        Assert.Contains("$.topics[0].id: appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ranking_with_its_outcome_given_twice_is_refused_at_its_path()
    {
        var error = Assert.Throws<DriverRankingsFormatException>(() => DriverRankingsReader.Read("""{"outcome": "nps", "outcome": "csat", "drivers": [{"name": "a", "shapleyShare": 1}]}"""));

        Assert.Contains("$.outcome: appears twice", error.Message, StringComparison.Ordinal);
    }
}
