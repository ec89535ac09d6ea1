using System.Diagnostics;

namespace CxOkr.Storage.Tests.Sqlite;

/// <summary>
/// Makes a folder read-only for this process, also when the tests run as root (which ignores permission bits):
/// then with the immutable attribute (<c>chattr +i</c>), otherwise with mode 0555. Fails the test if neither
/// takes effect, so the read-only case is never silently not tested.
/// </summary>
internal sealed class ReadOnlyFolder : IDisposable
{
    private readonly string _folder;
    private readonly bool _immutable;
    private readonly UnixFileMode _mode;

    private ReadOnlyFolder(string folder, bool immutable, UnixFileMode mode)
    {
        _folder = folder;
        _immutable = immutable;
        _mode = mode;
    }

    public static ReadOnlyFolder Make(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the read-only folder test uses Unix file modes and chattr");
        }

        var mode = File.GetUnixFileMode(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var folderGuard = new ReadOnlyFolder(folder, immutable: false, mode);
        if (CanWrite(folder))
        {
            // Root writes regardless of the mode bits; the immutable attribute stops root too.
            folderGuard = new ReadOnlyFolder(folder, immutable: Chattr("+i", folder), mode);
        }

        if (CanWrite(folder))
        {
            folderGuard.Dispose();
            Assert.Fail($"cannot make {folder} read-only for this process (neither mode 0555 nor chattr +i took effect)");
        }

        return folderGuard;
    }

    public void Dispose()
    {
        if (_immutable)
        {
            Chattr("-i", _folder);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_folder, _mode);
        }
    }

    private static bool CanWrite(string folder)
    {
        var probe = Path.Combine(folder, "write-probe");
        try
        {
            File.WriteAllText(probe, "x");
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    private static bool Chattr(string flag, string folder)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [flag, folder]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
