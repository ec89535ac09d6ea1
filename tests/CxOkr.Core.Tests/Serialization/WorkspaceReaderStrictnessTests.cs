using System.Text;
using CxOkr.Serialization;

namespace CxOkr.Tests.Serialization;

/// <summary>Input that must be refused, not guessed: repeated properties, wrong JSON types, text that is not Unicode.</summary>
public sealed class WorkspaceReaderStrictnessTests
{
    private const string Head = """{"formatVersion": 1, "units": [{"id": "u", "name": "U"}], "periods": [{"id": "p", "start": "2026-01-01", "end": "2026-03-31"}], """;

    [Theory]
    [InlineData(Head + """ "objectives": [], "objectives": [{"id": "a", "title": "A", "unitId": "u", "periodId": "p"}]}""", "$.objectives")]
    [InlineData(Head + """ "objectives": [{"id": "a", "title": "A", "unitId": "u", "periodId": "p"}, {"id": "b", "id": "c", "title": "B", "unitId": "u", "periodId": "p"}]}""", "$.objectives[1].id")]
    [InlineData(Head + """ "objectives": [{"id": "a", "title": "A", "unitId": "u", "periodId": "p", "keyResults": [{"id": "k", "title": "K", "kind": "milestone", "checkIns": [{"date": "2026-01-02", "value": 1, "value": 0}]}]}]}""", "$.objectives[0].keyResults[0].checkIns[0].value")]
    [InlineData("""{"formatVersion": 1, "formatVersion": 1}""", "$.formatVersion")]
    public void A_property_given_twice_in_one_object_is_refused_naming_its_path(string json, string path)
    {
        var ex = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(json));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains("appears twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_names_in_different_objects_are_fine() =>
        Assert.Equal(2, WorkspaceReader.Read(Head + """ "objectives": [{"id": "a", "title": "A", "unitId": "u", "periodId": "p"}, {"id": "b", "title": "B", "unitId": "u", "periodId": "p"}]}""").Objectives.Count);

    [Fact]
    public async Task The_stream_reader_refuses_repeated_properties_too()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{"formatVersion": 1, "units": [{"id": "u", "name": "U", "name": "V"}]}"""));

        var ex = await Assert.ThrowsAsync<WorkspaceFormatException>(() => WorkspaceReader.ReadAsync(stream));

        Assert.Equal("$.units[0].name", Assert.Single(ex.Problems).Path);
    }

    [Theory]
    [InlineData(""" "objectives": [{"id": "a", "title": "A", "unitId": "u", "periodId": "p", "weight": "heavy"}]}""", "expected a number")]
    [InlineData(""" "objectives": [{"id": 7, "title": "A", "unitId": "u", "periodId": "p"}]}""", "expected a string")]
    [InlineData(""" "objectives": {"id": "a"}}""", "expected an array")]
    public void A_value_of_the_wrong_json_type_says_what_was_expected_without_dotnet_type_names(string tail, string expected)
    {
        var ex = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(Head + tail));

        var message = Assert.Single(ex.Problems).Message;
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("CxOkr.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_string_with_an_unpaired_surrogate_is_refused_not_turned_into_a_replacement_character()
    {
        var json = Head.Replace("\"U\"", "\"U" + (char)0xD800 + "\"", StringComparison.Ordinal) + """ "objectives": []}""";

        var ex = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(json));

        Assert.Contains("unpaired surrogate U+D800", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }
}
