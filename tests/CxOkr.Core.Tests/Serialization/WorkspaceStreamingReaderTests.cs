using System.Text;
using CxOkr.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Tests.Serialization;

/// <summary>
/// The workspace reader reads streams token by token through a bounded buffer: whatever the chunks a stream
/// returns (down to one byte per Read), it gives the same workspace and the same specific errors (path, message,
/// line and position) as reading the same text from a string or a file.
/// </summary>
public sealed class WorkspaceStreamingReaderTests
{
    private const string Head = """
        {"formatVersion": 1,
         "units": [{"id": "u", "name": "U"}],
         "periods": [{"id": "p", "start": "2026-01-01", "end": "2026-03-31"}],
        """;

    private const string Objective = """{"id": "a", "title": "A", "unitId": "u", "periodId": "p", "keyResults": [{"id": "k", "title": "K", "kind": "increase", "baseline": 0, "target": 10, "checkIns": [{"date": "2026-01-02", "value": 1}]}]}""";

    public static TheoryData<string, string, string> Malformed => new()
    {
        { Head + """ "objectives": [""" + Objective, "$.objectives[1]", "(line 3, position " }, // truncated
        { Head + """ "objectives": [""" + Objective.Replace("\"value\": 1", "\"value\": 1, \"value\": 2", StringComparison.Ordinal) + "]}", "$.objectives[0].keyResults[0].checkIns[0].value", "appears twice" },
        { Head + """ "objectives": [""" + Objective.Replace("\"target\": 10", "\"target\": \"10\"", StringComparison.Ordinal) + "]}", "$.objectives[0].keyResults[0].target", "has the wrong JSON type; expected a number. (line 3, position 231)" },
        { Head + """ "objectives": [""" + Objective.Replace("\"target\": 10", "\"target\": 1e400", StringComparison.Ordinal) + "]}", "$.objectives[0].keyResults[0].target", "1e400 is out of range; expected a finite number." },
        { Head + """ "objectives": [""" + Objective.Replace("\"kind\"", "\"colour\": {\"r\": 1}, \"kind\"", StringComparison.Ordinal) + "]}", "$.objectives[0].keyResults[0].colour", "unknown property 'colour'" },
        { Head + """ "objectives": [""" + Objective.Replace("\"title\": \"A\"", "\"title\": [\"A\"]", StringComparison.Ordinal) + "]}", "$.objectives[0].title", "expected a string" },
        { Head + """ "objectives": {"id": "a"}}""", "$.objectives", "expected an array" },
        { """{"formatVersion": 99999999999}""", "$.formatVersion", "expected an integer" },
        { Head + """ "objectives": [] } trailing""", "$", "(line 3, position " },
        { "\n\n   [1, 2,]", "$", "has the wrong JSON type; expected an object. (line 3, position 4)" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_document_gives_the_same_specific_error_from_a_string_a_stream_any_chunking_and_a_file(string json, string path, string message)
    {
        var fromString = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(json));
        var problem = Assert.Single(fromString.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", problem.Message, StringComparison.Ordinal);

        foreach (var chunk in new[] { 1, 2, 7, 4096 })
        {
            using var stream = new ChunkedStream(Encoding.UTF8.GetBytes(json), chunk);
            var fromStream = await Assert.ThrowsAsync<WorkspaceFormatException>(() => WorkspaceReader.ReadAsync(stream));
            Assert.Equal(fromString.Problems, fromStream.Problems);
        }

        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, json);
            Assert.Equal(fromString.Problems, Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.ReadFile(file)).Problems);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Line_and_position_are_right_far_past_the_first_buffer()
    {
        // 100,000 lines (more than the 64 KiB buffer holds) before the wrong value.
        var json = Head + """ "objectives": [""" + string.Concat(Enumerable.Repeat(Objective + ",\n", 100_000)) + Objective.Replace("\"title\": \"A\"", "\"title\": 5", StringComparison.Ordinal) + "]}";

        using var stream = new ChunkedStream(Encoding.UTF8.GetBytes(json), 1000);
        var ex = await Assert.ThrowsAsync<WorkspaceFormatException>(() => WorkspaceReader.ReadAsync(stream, WorkspaceReadMode.Lenient));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("$.objectives[100000].title", problem.Path);
        Assert.EndsWith("(line 100003, position 22)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_string_longer_than_the_buffer_is_read_whole_one_byte_at_a_time()
    {
        var title = new string('é', 100_000) + "✓";
        var json = Head + """ "objectives": [""" + Objective.Replace("\"title\": \"A\"", $"\"title\": \"{title}\"", StringComparison.Ordinal) + "]}";

        using var stream = new ChunkedStream(Encoding.UTF8.GetBytes(json), 1);
        var workspace = await WorkspaceReader.ReadAsync(stream);

        Assert.Equal(title, Assert.Single(workspace.Objectives).Title);
    }

    [Fact]
    public async Task A_byte_order_mark_is_skipped()
    {
        var json = Head + """ "objectives": [""" + Objective + "]}";
        using var stream = new ChunkedStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)], 1);

        Assert.Single((await WorkspaceReader.ReadAsync(stream)).Objectives);
    }

    [Fact]
    public async Task A_cancelled_read_stops()
    {
        using var stream = new ChunkedStream(Encoding.UTF8.GetBytes(Head + """ "objectives": []}"""), 1);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WorkspaceReader.ReadAsync(stream, cancellationToken: cancel.Token));
    }

    [Property(MaxTest = 50)]
    public Property Written_then_read_through_any_chunking_gives_an_equal_workspace() =>
        Prop.ForAll(WorkspaceRoundTripLaws.Workspaces.ToArbitrary(), Gen.Choose(1, 300).ToArbitrary(), (workspace, chunk) =>
        {
            var json = WorkspaceWriter.Write(workspace);
            using var stream = new ChunkedStream(Encoding.UTF8.GetBytes(json), chunk);
            var back = WorkspaceReader.ReadAsync(stream).GetAwaiter().GetResult();
            return WorkspaceWriter.Write(back) == json && WorkspaceWriter.Write(WorkspaceReader.Read(json)) == json;
        });

    /// <summary>A stream that returns at most <c>chunk</c> bytes per Read call.</summary>
    private sealed class ChunkedStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }
}
