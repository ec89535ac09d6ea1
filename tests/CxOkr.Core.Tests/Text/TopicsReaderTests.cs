using CxOkr.Serialization;

namespace CxOkr.Tests.Text;

/// <summary>The topic definitions document: the example reads, and each error names the JSON path and the topic.</summary>
public sealed class TopicsReaderTests
{
    [Fact]
    public void The_documented_example_reads()
    {
        var set = TopicsReader.Read("""
            {"topics": [
              {"id": "billing", "name": "Billing", "any": ["bill", "invoice", "charged", "hóa đơn", "บิล"]},
              {"id": "wait", "name": "Waiting", "any": ["wait*", "on hold", "chờ", "รอ"], "none": ["chờ đợi"]},
              {"id": "billed_twice", "name": "Billed twice", "all": ["charged", "twice"]}]}
            """);
        Assert.Equal(["billing", "wait", "billed_twice"], set.Topics.Select(t => t.Id));
        Assert.Equal(["chờ đợi"], set.Topics[1].None);
        Assert.Equal(["charged", "twice"], set.Topics[2].All);
        Assert.Empty(set.Topics[2].Any);
        Assert.Equal("Billed twice", set.Topics[2].Name);
    }

    [Theory]
    [InlineData("""{"topics": [{"id": "wait", "nane": "Waiting", "any": ["x"]}]}""", "$.topics[0].nane", "'wait'")]
    [InlineData("""{"topics": [{"id": "wait", "any": ["x", ""]}]}""", "$.topics[0].any[1]", "'wait'")]
    [InlineData("""{"topics": [{"id": "wait", "any": ["x", "  * "]}]}""", "$.topics[0].any[1]", "'wait'")]
    [InlineData("""{"topics": [{"id": "wait", "any": ["x"]}, {"id": "wait", "any": ["y"]}]}""", "$.topics[1].id", "'wait'")]
    [InlineData("""{"topics": [{"id": "wait", "any": [], "none": []}]}""", "$.topics[0]", "'wait'")]
    [InlineData("""{"topics": [{"id": "wait"}]}""", "$.topics[0]", "'wait'")]
    [InlineData("""{"topics": [{"id": "wait", "all": [3]}]}""", "$.topics[0].all[0]", "'wait'")]
    [InlineData("""{"topics": [{"id": "wait", "none": "x"}]}""", "$.topics[0].none", "'wait'")]
    [InlineData("""{"topics": [{"name": "Waiting", "any": ["x"]}]}""", "$.topics[0].id", "id")]
    [InlineData("""{"topics": []}""", "$.topics", "at least one")]
    [InlineData("""{"topic": []}""", "$.topic", "unknown property")]
    [InlineData("""[1]""", "$", "expected an object")]
    [InlineData("""{"topics": [""", "$", "not valid JSON")]
    public void Errors_name_the_path_and_the_topic(string json, string path, string text)
    {
        var ex = Assert.Throws<TopicsFormatException>(() => TopicsReader.Read(json));
        Assert.StartsWith(path, ex.Path, StringComparison.Ordinal);
        Assert.StartsWith(path + ":", ex.Message, StringComparison.Ordinal);
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_error_names_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"topics-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"topics": [{"id": "a"}]}""");
        try
        {
            var ex = Assert.Throws<TopicsFormatException>(() => TopicsReader.ReadFile(path));
            Assert.StartsWith($"Topics file '{path}' $.topics[0]", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Throws<FileNotFoundException>(() => TopicsReader.ReadFile(path));
    }
}
