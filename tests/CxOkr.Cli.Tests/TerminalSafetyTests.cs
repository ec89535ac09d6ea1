using System.Text.Json;

namespace CxOkr.Cli.Tests;

/// <summary>Nothing a user supplies reaches the terminal as a control sequence, and error lines stay bounded.</summary>
public sealed class TerminalSafetyTests
{
    // ESC ] 0 ; title BEL retitles the window; ESC [ 2 J clears the screen; a lone CR overwrites the line; U+202E flips text.
    private const string HostileTitle = "\\u001b]0;pwned\\u0007\\u001b[2JScore\\r0.99 \\u202e74.0 \\u009b31m";

    private static string Workspace(string title, string id = "o1") => $$"""
        {"formatVersion": 1,
         "units": [{"id": "u", "name": "Unit"}],
         "periods": [{"id": "p", "start": "2026-10-01", "end": "2026-12-31"}],
         "objectives": [{"id": "{{id}}", "title": "{{title}}", "unitId": "u", "periodId": "p",
           "keyResults": [{"id": "kr1", "title": "{{title}}", "kind": "increase", "baseline": 0, "target": 10,
             "checkIns": [{"date": "2026-11-01", "value": 4}]}]}]}
        """;

    [Fact]
    public void Control_characters_in_titles_are_written_as_visible_escapes_in_table_output()
    {
        using var file = new TempFile(".json", Workspace(HostileTitle));

        var (code, output, error) = CliRunner.Run("score", file.Path, "--as-of", "2026-11-15");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.DoesNotContain(output, static c => c is '\u001b' or '\u0007' or '\u009b' or '\u202e');
        Assert.DoesNotContain("\r0.99", output, StringComparison.Ordinal);
        Assert.Contains("\\u001B]0;pwned\\u0007\\u001B[2JScore\\u000D0.99 \\u202E74.0 \\u009B31m", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_keeps_its_meaning_the_id_reads_back_exactly()
    {
        using var file = new TempFile(".json", Workspace("Title", id: HostileTitle));

        var (code, output, _) = CliRunner.Run("score", file.Path, "--as-of", "2026-11-15", "--format", "json");

        Assert.Equal(0, code);
        Assert.DoesNotContain(output, static c => c is '\u001b' or '\u0007' or '\u009b' or '\u202e');
        using var document = JsonDocument.Parse(output);
        var id = document.RootElement.GetProperty("objectives")[0].GetProperty("id").GetString();
        Assert.Equal("\u001b]0;pwned\u0007\u001b[2JScore\r0.99 \u202e74.0 \u009b31m", id);
    }

    [Fact]
    public void Control_characters_in_an_error_message_are_escaped_too()
    {
        var (code, _, error) = CliRunner.Run("score", "missing-\u001b[2J.json");

        Assert.Equal(2, code);
        Assert.DoesNotContain('\u001b', error);
        Assert.Contains("missing-\\u001B[2J.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enormous_value_echoed_in_an_error_is_cut_to_a_bounded_line()
    {
        var (code, _, error) = CliRunner.Run("score", new string('x', 100_000) + ".json");

        Assert.Equal(2, code);
        Assert.True(error.Length < CliApp.MaximumErrorLength + 200, $"error line of {error.Length} characters");
        Assert.Contains("more characters)", error, StringComparison.Ordinal);
        Assert.Equal(1, error.Count(static c => c == '\n'));
    }

    [Theory]
    [InlineData("a\r\nb", "a\r\nb")]
    [InlineData("a\rb", "a\\u000Db")]
    [InlineData("a\r", "a\\u000D")]
    [InlineData("tab\there\n", "tab\there\n")]
    [InlineData("\u007f\u0085\u2066x\u2069", "\\u007F\\u0085\\u2066x\\u2069")]
    [InlineData("hóa đơn รอ 😀", "hóa đơn รอ 😀")]
    public void The_writer_escapes_exactly_the_control_characters(string written, string expected)
    {
        var inner = new StringWriter();
        using (var writer = new TerminalSafeWriter(inner))
        {
            foreach (var part in written.Chunk(1))
            {
                writer.Write(part);
            }
        }

        Assert.Equal(expected, inner.ToString());

        var whole = new StringWriter();
        using (var writer = new TerminalSafeWriter(whole))
        {
            writer.Write(written);
        }

        Assert.Equal(expected, whole.ToString());
    }
}
