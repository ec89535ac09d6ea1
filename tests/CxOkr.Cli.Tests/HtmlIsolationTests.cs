using CxOkr.Reporting.Html;

namespace CxOkr.Cli.Tests;

/// <summary>User text in the HTML report cannot reorder the numbers beside it.</summary>
public sealed class HtmlIsolationTests
{
    [Theory]
    [InlineData("Cut wait \u202E", true)]
    [InlineData("\u2067x", true)]
    [InlineData("خدمة العملاء", true)]
    [InlineData("שירות", true)]
    [InlineData("Onboarding feels effortless", false)]
    [InlineData("hóa đơn รอ 😀 <b>", false)]
    public void Text_with_rtl_letters_or_bidi_controls_is_isolated_and_other_text_is_only_encoded(string text, bool isolated)
    {
        var escaped = Svg.Esc(text);

        Assert.Equal(isolated, escaped.StartsWith('\u2068') && escaped.EndsWith('\u2069'));
        Assert.Equal(System.Net.WebUtility.HtmlEncode(text), escaped.Trim('\u2068', '\u2069'));
    }

    [Fact]
    public void A_right_to_left_override_in_a_title_is_closed_before_the_score_beside_it()
    {
        const string workspace = """
            {"formatVersion": 1,
             "units": [{"id": "u", "name": "Unit"}],
             "periods": [{"id": "p", "start": "2026-10-01", "end": "2026-12-31"}],
             "objectives": [{"id": "o1", "title": "Grow \u202E", "unitId": "u", "periodId": "p",
               "keyResults": [{"id": "kr1", "title": "Reply \u202E", "kind": "increase", "baseline": 0, "target": 10,
                 "checkIns": [{"date": "2026-11-01", "value": 4.7}]}]}]}
            """;
        using var file = new TempFile(".json", workspace);
        var folder = Directory.CreateTempSubdirectory("cxokr-bidi-").FullName;
        try
        {
            var (code, _, _) = CliRunner.Run("report", file.Path, "--as-of", "2026-11-15", "--out", folder);
            Assert.Equal(0, code);
            var html = File.ReadAllText(Path.Combine(folder, "report.html"));

            var overrides = 0;
            for (var at = html.IndexOf('\u202E', StringComparison.Ordinal); at >= 0; at = html.IndexOf('\u202E', at + 1))
            {
                overrides++;
                var open = html.LastIndexOf('\u2068', at);
                var close = html.IndexOf('\u2069', at);
                Assert.True(open >= 0 && close > at, $"the override at {at} is not inside an isolate");
                Assert.True(html.LastIndexOf('\u2069', at) < open, $"the override at {at} is outside its isolate");
                Assert.DoesNotContain('<', html[open..close]);
            }

            Assert.True(overrides >= 2, "both titles are in the report");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
