using CxOkr.Serialization;

namespace CxOkr.Storage.Tests;

/// <summary>Files copied into the test output (TestData/).</summary>
internal static class TestFiles
{
    /// <summary>A copy of docs/examples/workspace.json, read strictly.</summary>
    public static Workspace ExampleWorkspace() =>
        WorkspaceReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "workspace.json"));
}
