using System.Text;

namespace CxOkr.Reporting.Html;

/// <summary>
/// Renders a <see cref="ProgrammeReport"/> as one self-contained HTML page: inline CSS and SVG charts, no scripts
/// and nothing fetched from elsewhere, readable from 360 to 1600 px wide and printable on A4 (docs/report.md).
/// It writes only to the string, writer or stream it is given: no files, no clock, no network.
/// </summary>
/// <threadsafety>Stateless: one instance may render many reports at once from several threads.</threadsafety>
public sealed class ProgrammeReportHtmlRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders the report as an HTML document.</summary>
    /// <param name="report">The report (e.g. from <see cref="ProgrammeReportBuilder.Build"/>).</param>
    /// <param name="options">Settings, or <see langword="null"/> for <see cref="HtmlReportOptions.Default"/>.</param>
    /// <returns>The whole document, starting with <c>&lt;!DOCTYPE html&gt;</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public string Render(ProgrammeReport report, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return HtmlReportWriter.Write(report, options ?? HtmlReportOptions.Default);
    }

    /// <summary>Renders the report as an HTML document into a writer (which is not closed).</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where the document goes.</param>
    /// <param name="options">Settings, or <see langword="null"/> for <see cref="HtmlReportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    public void Render(ProgrammeReport report, TextWriter writer, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Render(report, options));
    }

    /// <summary>Renders the report as UTF-8 HTML (no byte-order mark) into a stream (which is not closed).</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">Where the document goes; writable.</param>
    /// <param name="options">Settings, or <see langword="null"/> for <see cref="HtmlReportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task RenderAsync(ProgrammeReport report, Stream stream, HtmlReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = Utf8.GetBytes(Render(report, options));
        await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }
}
