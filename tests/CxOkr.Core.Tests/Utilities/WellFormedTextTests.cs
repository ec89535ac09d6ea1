using CxOkr.Journeys;
using CxOkr.Okrs;
using CxOkr.Serialization;
using CxOkr.Utilities;

namespace CxOkr.Tests.Utilities;

/// <summary>
/// Ids and texts must be well-formed Unicode: a UTF-8 store (SQLite among them) turns an unpaired surrogate
/// into U+FFFD, so <c>obj-\uD800</c> and <c>obj-\uDC00</c> would become one id and an upsert of one would
/// overwrite the other.
/// </summary>
public sealed class WellFormedTextTests
{
    // The bad text is built at run time from code units: a string constant in an attribute is stored as
    // UTF-8 in the assembly's metadata, which turns a lone surrogate into U+FFFD before the test sees it.
    [Theory]
    [InlineData("obj-", new[] { 0xD800 }, "unpaired surrogate U+D800 at index 4")]
    [InlineData("obj-", new[] { 0xDC00 }, "unpaired surrogate U+DC00 at index 4")]
    [InlineData("", new[] { 0xDC00, 0xD800 }, "unpaired surrogate U+DC00 at index 0")]
    [InlineData("obj-", new[] { 0xD800, 0x61 }, "unpaired surrogate U+D800 at index 4")]
    [InlineData("obj-", new[] { 0xFFFE }, "noncharacter U+FFFE at index 4")]
    [InlineData("obj-", new[] { 0xFDD0 }, "noncharacter U+FDD0 at index 4")]
    [InlineData("obj-", new[] { 0xD83F, 0xDFFF }, "noncharacter U+1FFFF at index 4")]
    public void An_objective_id_that_is_not_well_formed_is_refused_naming_the_field(string prefix, int[] codeUnits, string expected)
    {
        var id = prefix + new string(codeUnits.Select(static u => (char)u).ToArray());
        var ex = Assert.Throws<ArgumentException>(() => new Objective(id, "Title", "unit", "period"));
        Assert.Equal("id", ex.ParamName);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_ids_that_a_utf8_store_would_collapse_into_one_cannot_be_created()
    {
        Assert.Throws<ArgumentException>(() => new Objective("obj-" + (char)0xD800, "A", "unit", "period"));
        Assert.Throws<ArgumentException>(() => new Objective("obj-" + (char)0xDC00, "B", "unit", "period"));
    }

    [Theory]
    [InlineData("obj-😀")]
    [InlineData("hóa đơn")]
    [InlineData("รอ")]
    [InlineData("obj-\uFFFD")]
    public void Well_formed_text_with_astral_characters_and_replacement_characters_is_kept(string id) =>
        Assert.Equal(id, new Objective(id, "Title", "unit", "period").Id);

    [Fact]
    public void Titles_notes_and_response_segments_are_checked_too()
    {
        var lone = ((char)0xDBFF).ToString();
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new Objective("o", "bad " + lone + " title", "unit", "period")).ParamName);
        Assert.Equal("note", Assert.Throws<ArgumentException>(() => new CheckIn(new DateOnly(2026, 1, 5), 1, note: lone)).ParamName);
        var segments = new Dictionary<string, string> { ["region"] = "north" + lone };
        var error = Assert.Throws<ArgumentException>(() => new Response("r1", new DateOnly(2026, 1, 5), new Dictionary<string, double> { ["nps"] = 9 }, segments: segments));
        Assert.Contains("segments['region']", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_with_a_default_date_is_refused_like_a_check_in()
    {
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => new OkrPeriod("q", default, new DateOnly(2026, 3, 31))).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => new OkrPeriod("q", new DateOnly(2026, 1, 1), default)).ParamName);
    }

    [Fact]
    public void A_workspace_document_with_an_escaped_lone_surrogate_is_a_format_error_not_a_crash()
    {
        const string json = """
            {"formatVersion": 1,
             "units": [{"id": "u", "name": "U"}],
             "periods": [{"id": "p", "start": "2026-01-01", "end": "2026-03-31"}],
             "objectives": [{"id": "obj-\ud800", "title": "A", "unitId": "u", "periodId": "p"}]}
            """;
        var ex = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(json));
        Assert.Contains(ex.Problems, p => p.Path.StartsWith("$.objectives[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void WellFormed_names_the_parameter()
    {
        var text = "a" + (char)0xD800;
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => Guard.WellFormed(text)).ParamName);
    }
}
