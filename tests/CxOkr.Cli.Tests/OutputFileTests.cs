namespace CxOkr.Cli.Tests;

/// <summary>Every file the tool writes lands whole or not at all, and a link at the destination is not followed.</summary>
public sealed class OutputFileTests : IDisposable
{
    private static readonly string Workspace = CliRunner.TestData(Path.Combine("examples", "workspace.json"));

    private readonly string _folder = Directory.CreateTempSubdirectory("cxokr-output-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_failure_while_producing_the_content_leaves_the_old_file_and_no_temporary_file()
    {
        var path = Path.Combine(_folder, "report.html");
        File.WriteAllText(path, "old report");

        var error = Assert.Throws<IOException>(() => OutputFile.Write(path, writer =>
        {
            writer.Write(new string('x', 200_000));
            throw new IOException("No space left on device");
        }));

        Assert.Equal("No space left on device", error.Message);
        Assert.Equal("old report", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_symbolic_link_at_the_destination_is_replaced_and_its_target_is_left_alone()
    {
        var target = Path.Combine(_folder, "precious.txt");
        File.WriteAllText(target, "do not overwrite");
        var path = Path.Combine(_folder, "report.html");
        File.CreateSymbolicLink(path, target);

        OutputFile.Write(path, "<!DOCTYPE html>");

        Assert.Equal("do not overwrite", File.ReadAllText(target));
        Assert.Null(new FileInfo(path).LinkTarget);
        Assert.Equal("<!DOCTYPE html>", File.ReadAllText(path));
    }

    [Fact]
    public void Report_replaces_a_link_named_report_html_instead_of_writing_through_it()
    {
        var target = Path.Combine(_folder, "precious.txt");
        File.WriteAllText(target, "do not overwrite");
        var outFolder = Path.Combine(_folder, "out");
        Directory.CreateDirectory(outFolder);
        File.CreateSymbolicLink(Path.Combine(outFolder, "report.html"), target);

        var (code, _, error) = CliRunner.Run("report", Workspace, "--as-of", "2026-11-27", "--out", outFolder);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal("do not overwrite", File.ReadAllText(target));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(outFolder, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Out_naming_a_file_or_nothing_is_a_usage_error()
    {
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "x");

        var (code, _, error) = CliRunner.Run("report", Workspace, "--as-of", "2026-11-27", "--out", file);
        Assert.Equal(2, code);
        Assert.Contains("is a file; give a folder", error, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(file));

        (code, _, error) = CliRunner.Run("report", Workspace, "--as-of", "2026-11-27", "--out", " ");
        Assert.Equal(2, code);
        Assert.Contains("--out must name a folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_given_as_the_workspace_file_says_so()
    {
        var (code, _, error) = CliRunner.Run("score", _folder, "--as-of", "2026-11-27");

        Assert.Equal(2, code);
        Assert.Contains("is a directory, not a file", error, StringComparison.Ordinal);
        Assert.Equal(1, error.Count(static c => c == '\n'));
    }
}
