using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Cli.Tests;

/// <summary>
/// Bounded fuzzing of the tool (issue 19): FsCheck draws a seed per case, and each seed builds a CSV or a workspace
/// document with hostile content (random bytes, other encodings, extreme and non-finite numbers, control and
/// bidi characters, unpaired surrogates, truncation, repeated spans). Whatever the input, the tool exits 0, 1 or
/// 2 (never 70, a bug), an error (exit 2) says one line on stderr, no output carries NaN or Infinity, and a file it
/// writes is either whole or absent (no temporary left behind). A failing case names its seed, so
/// <c>FuzzCase.Csv(seed)</c> or <c>FuzzCase.Workspace(seed)</c> rebuilds it.
/// </summary>
public sealed partial class FuzzTests
{
    [Property(Arbitrary = [typeof(FuzzSeeds)], MaxTest = 150)]
    public void Drivers_on_any_csv_exits_cleanly(FuzzSeed seed)
    {
        using var file = new TempBytes(".csv", FuzzCase.Csv(seed.Value));
        AssertClean(seed, "drivers", "--data", file.Path, "--outcome", "y", "--format", "json");
        AssertClean(seed, "drivers", "--data", file.Path, "--outcome", "y", "--model", "logit", "--format", "json");
        AssertClean(seed, "drivers", "--data", file.Path, "--outcome", "y");
    }

    [Property(Arbitrary = [typeof(FuzzSeeds)], MaxTest = 150)]
    public void Metrics_on_any_csv_exits_cleanly(FuzzSeed seed)
    {
        using var file = new TempBytes(".csv", FuzzCase.Csv(seed.Value));
        AssertClean(seed, "metrics", "--data", file.Path, "--metric", "nps", "--column", "y", "--format", "json");
        AssertClean(seed, "metrics", "--data", file.Path, "--metric", "mean", "--column", "a", "--by", "month", "--date-column", "date");
    }

    [Property(Arbitrary = [typeof(FuzzSeeds)], MaxTest = 150)]
    public void Score_and_align_on_any_workspace_exit_cleanly(FuzzSeed seed)
    {
        using var file = new TempBytes(".json", FuzzCase.Workspace(seed.Value));
        AssertClean(seed, "score", file.Path, "--as-of", "2026-11-27", "--format", "json");
        AssertClean(seed, "score", file.Path, "--as-of", "2026-11-27");
        AssertClean(seed, "align", file.Path, "--format", "json");
        AssertClean(seed, "journeys", file.Path);
    }

    [Property(Arbitrary = [typeof(FuzzSeeds)], MaxTest = 12)]
    public void Report_on_any_workspace_and_csv_writes_a_whole_file_or_none(FuzzSeed seed)
    {
        using var workspace = new TempBytes(".json", seed.Value % 2 == 0 ? FuzzCase.Workspace(seed.Value) : File.ReadAllBytes(CliRunner.TestData("examples/workspace.json")));
        using var responses = new TempBytes(".csv", FuzzCase.Csv(seed.Value));
        var folder = Directory.CreateTempSubdirectory("cxokr-fuzz-").FullName;
        try
        {
            var code = AssertClean(seed, "report", workspace.Path, "--responses", responses.Path, "--as-of", "2026-11-27", "--bootstrap", "20", "--out", folder);
            var files = Directory.GetFiles(folder);
            if (code == 0)
            {
                var html = File.ReadAllText(Assert.Single(files));
                Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
                Assert.False(NonFinite().IsMatch(html), $"seed {seed.Value}: the report shows NaN or Infinity");
            }
            else
            {
                Assert.True(files.Length == 0, $"seed {seed.Value}: a failed report left {string.Join(", ", files.Select(Path.GetFileName))}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int AssertClean(FuzzSeed seed, params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);
        var what = $"seed {seed.Value}, cxokr {string.Join(' ', args.Select(a => a.StartsWith(Path.GetTempPath(), StringComparison.Ordinal) ? Path.GetExtension(a) : a))}";
        Assert.True(code is 0 or 1 or 2, $"{what}: exit {code}: {error}");
        if (code == 2)
        {
            // Exit 1 is a result (findings or an objective off track), not an error; exit 2 says why in one line.
            Assert.True(error.TrimEnd('\n').Length > 0 && !error.TrimEnd('\n').Contains('\n'), $"{what}: exit {code} must say one line, said: {error}");
        }

        Assert.False(NonFinite().IsMatch(output), $"{what}: output shows NaN or Infinity: {output}");
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        return code;
    }

    // Numbers only: a word containing "NaN" (e.g. in user text) is not a number.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])(-?Infinity|NaN|∞)(?![\p{L}\p{N}_])")]
    private static partial Regex NonFinite();

    /// <summary>Writes bytes to a temporary file, deleted on dispose.</summary>
    private sealed class TempBytes : IDisposable
    {
        public TempBytes(string extension, byte[] content)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cxokr-fuzz-{Guid.NewGuid():N}{extension}");
            File.WriteAllBytes(Path, content);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}

/// <summary>A fuzz case's seed.</summary>
/// <param name="Value">The seed.</param>
public sealed record FuzzSeed(int Value);

/// <summary>FsCheck's source of seeds for <see cref="FuzzTests"/>.</summary>
public static class FuzzSeeds
{
    /// <summary>Any non-negative seed.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FuzzSeed> Seeds() => Gen.Choose(0, int.MaxValue - 1).Select(static s => new FuzzSeed(s)).ToArbitrary();
}

/// <summary>Builds a hostile input from a seed, deterministically.</summary>
internal static class FuzzCase
{
    private static readonly string[] Headers = ["y", "a", "b", "c", "date", "journey", "weight", "comment", "respondent_id", "nps", "=HYPERLINK(\"x\")", "a;b", "\u202Eevil", "\u001b]0;t\u0007", "", "y", "\uD800"];

    private static readonly string[] Numbers =
    [
        "0", "1", "5", "7", "9", "10", "3.5", "-1", "-0", "1e308", "-1.8e308", "1.7976931348623157e308", "4.9e-324", "1e-300",
        "NaN", "Infinity", "-Infinity", "1,5", "0x10", "", "NA", "  4 ", "1e400", "99999999999999999999", "2026-11-27", "2026-02-30",
    ];

    private static readonly string[] Texts =
    [
        "onboarding", "support", "billing was wrong", "chờ đợi lâu", "รอนานมาก", "\"quoted, cell\"", "\"unterminated", "\u0000", "\r", "\u202E74.0",
        "\u001b[2J", "=SUM(A1)", "@cmd", "\uFEFF", "\uFFFF", "\uD83D", new string('x', 300),
    ];

    public static byte[] Csv(int seed)
    {
        var random = new Random(seed);
        var columns = random.Next(1, 7);
        var header = new List<string> { "y" };
        for (var c = 1; c < columns; c++)
        {
            header.Add(random.Next(4) == 0 ? Pick(random, Headers) : "abcdefgh"[c - 1].ToString());
        }

        if (random.Next(3) == 0)
        {
            header.Add("date");
        }

        var text = new StringBuilder(string.Join(random.Next(8) == 0 ? ";" : ",", header)).Append('\n');
        var rows = random.Next(0, 45);
        for (var r = 0; r < rows; r++)
        {
            var cells = header.Select(h => h == "date"
                ? (random.Next(10) == 0 ? Pick(random, Numbers) : new DateOnly(2026, 1, 1).AddDays(random.Next(365)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                : random.Next(6) == 0 ? Pick(random, Texts) : random.Next(5) == 0 ? Pick(random, Numbers) : random.Next(0, 11).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var count = random.Next(12) == 0 ? header.Count + random.Next(-1, 2) : header.Count;
            text.Append(string.Join(',', cells.Take(Math.Max(0, count)))).Append(random.Next(10) == 0 ? "\r\n" : "\n");
        }

        return Damage(random, Encode(random, text.ToString()));
    }

    public static byte[] Workspace(int seed)
    {
        var random = new Random(seed);
        var text = File.ReadAllText(CliRunner.TestData("examples/workspace.json"));
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits; e++)
        {
            text = random.Next(4) switch
            {
                0 => ReplaceMatch(random, text, @"-?\d+(\.\d+)?([eE][-+]?\d+)?", ["1e308", "-1.7976931348623157e308", "4.9e-324", "1e400", "-0", "0", "\"7\"", "null", "[]", "{}", "true", "99999999999999999999"]),
                1 => ReplaceMatch(random, text, "\"[^\"\\\\]*\"", ["\"\\ud800\"", "\"\\u001b]0;x\\u0007\"", "\"\\u202Eevil\"", "\"\"", "\" \"", "\"obj-\\udc00\"", "\"a\\u0000b\"", "1", "null", "\"2026-02-30\"", "\"9999-12-31\""]),
                2 => Splice(random, text),
                _ => Duplicate(random, text),
            };
        }

        return Damage(random, Encode(random, text));
    }

    private static byte[] Encode(Random random, string text) => random.Next(12) switch
    {
        0 => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        1 => Encoding.Unicode.GetBytes(text),
        2 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        3 => Encoding.Latin1.GetBytes(text),
        _ => Encoding.UTF8.GetBytes(text),
    };

    private static byte[] Damage(Random random, byte[] bytes)
    {
        switch (random.Next(8))
        {
            case 0 when bytes.Length > 0:
                return bytes[..random.Next(bytes.Length)];
            case 1:
                var noisy = (byte[])bytes.Clone();
                for (var i = 0; i < 1 + random.Next(5) && noisy.Length > 0; i++)
                {
                    noisy[random.Next(noisy.Length)] = (byte)random.Next(256);
                }

                return noisy;
            case 2:
                var junk = new byte[random.Next(1, 64)];
                random.NextBytes(junk);
                return random.Next(2) == 0 ? junk : [.. bytes, .. junk];
            default:
                return bytes;
        }
    }

    private static string ReplaceMatch(Random random, string text, string pattern, string[] replacements)
    {
        var matches = Regex.Matches(text, pattern);
        if (matches.Count == 0)
        {
            return text;
        }

        var match = matches[random.Next(matches.Count)];
        return string.Concat(text.AsSpan(0, match.Index), Pick(random, replacements), text.AsSpan(match.Index + match.Length));
    }

    private static string Splice(Random random, string text)
    {
        var start = random.Next(text.Length);
        var length = random.Next(Math.Min(200, text.Length - start));
        return text.Remove(start, length);
    }

    private static string Duplicate(Random random, string text)
    {
        var start = random.Next(text.Length);
        var length = random.Next(Math.Min(400, text.Length - start));
        return text.Insert(random.Next(text.Length), text.Substring(start, length));
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
