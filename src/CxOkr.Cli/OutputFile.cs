using System.Text;

namespace CxOkr.Cli;

/// <summary>
/// Writes every file the tool produces all at once or not at all: the content goes to a temporary file in the
/// same folder, is flushed to disk, and is then renamed over the destination. A failure (a full disk, an error
/// while producing the content) leaves the old file as it was and no temporary file behind; a symbolic link
/// at the destination is replaced by the new file, never followed to overwrite what it points at.
/// </summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="content"/> as UTF-8 (no BOM) to <paramref name="path"/>.</summary>
    /// <param name="path">The destination; its folder must exist.</param>
    /// <param name="content">The whole content.</param>
    /// <exception cref="IOException">The file could not be written; the destination is unchanged.</exception>
    public static void Write(string path, string content) => Write(path, writer => writer.Write(content));

    /// <summary>Writes what <paramref name="produce"/> writes, as UTF-8 (no BOM), to <paramref name="path"/>.</summary>
    /// <param name="path">The destination; its folder must exist.</param>
    /// <param name="produce">Writes the content; if it throws, the destination is unchanged and the exception propagates.</param>
    /// <exception cref="IOException">The file could not be written; the destination is unchanged.</exception>
    public static void Write(string path, Action<TextWriter> produce)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"'{path}' names no file.");
        if (Directory.Exists(full))
        {
            throw new CliUsageException($"'{path}' is a directory; the tool would write the file {Path.GetFileName(full)} there.");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                using (var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true))
                {
                    produce(writer);
                }

                stream.Flush(flushToDisk: true);
            }

            // rename(2): atomic on one file system, and a link at the destination is replaced, not followed.
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The temporary file may not exist; nothing else can be done about one that cannot be removed.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
