namespace CxOkr.Cli.Tests;

/// <summary>A file with the given content in the temp folder, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string extension, string content)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cxokr-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
