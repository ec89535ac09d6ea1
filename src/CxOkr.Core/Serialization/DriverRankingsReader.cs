using System.Text.Json;
using CxOkr.Alignment;

namespace CxOkr.Serialization;

/// <summary>
/// Reads driver rankings: the JSON output of key-driver analysis (<c>cxokr drivers --format json</c>) with
/// an added <c>"metricId"</c> naming the outcome metric, one such object or an array of them. Of each
/// object only <c>metricId</c> and <c>drivers</c> (each with a string <c>name</c> and a number
/// <c>shapleyShare</c> &gt;= 0) are read; other properties are ignored.
/// </summary>
/// <remarks>
/// The document is parsed with <see cref="JsonDocument"/> (no reflection). Every error is a
/// <see cref="DriverRankingsFormatException"/> naming the JSON path at fault, such as
/// <c>$[1].drivers[0].shapleyShare</c> (<c>$[i]</c> only when the document is an array).
/// </remarks>
/// <threadsafety>Stateless; safe to call from any thread.</threadsafety>
public static class DriverRankingsReader
{
    /// <summary>Reads rankings from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The rankings in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DriverRankingsFormatException">The text is not JSON, or a ranking or driver is not of the documented shape; the message starts with the JSON path.</exception>
    public static IReadOnlyList<KeyDriverRanking> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(json, string.Empty);
    }

    /// <summary>Reads rankings from a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The rankings in document order.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DriverRankingsFormatException">As for <see cref="Read(string)"/>; the message names the file, then the JSON path.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<KeyDriverRanking> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Drivers file '{path}' does not exist.", path);
        }

        return Read(File.ReadAllText(path), $"Drivers file '{path}' ");
    }

    // prefix: empty, or "Drivers file 'x.json' " so that a message names the file before the JSON path.
    private static IReadOnlyList<KeyDriverRanking> Read(string json, string prefix)
    {
        using (var document = JsonDocumentText.Parse(json, prefix, static (at, message, cause) => cause is null ? new DriverRankingsFormatException(at, message) : new DriverRankingsFormatException(at, message, cause)))
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                return [Ranking(root, "$", prefix)];
            }

            var rankings = new List<KeyDriverRanking>();
            var i = 0;
            foreach (var item in root.EnumerateArray())
            {
                rankings.Add(Ranking(item, $"$[{i++}]", prefix));
            }

            return rankings.AsReadOnly();
        }
    }

    private static KeyDriverRanking Ranking(JsonElement item, string at, string prefix)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw Fail(prefix, at, $"expected an object with \"metricId\" and \"drivers\", found {Kind(item)}.");
        }

        if (!item.TryGetProperty("metricId", out var metricId) || metricId.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(metricId.GetString()))
        {
            throw Fail(prefix, at + ".metricId", "expected the outcome metric's id (add it to the output of `cxokr drivers`).");
        }

        if (!item.TryGetProperty("drivers", out var drivers) || drivers.ValueKind != JsonValueKind.Array)
        {
            throw Fail(prefix, at + ".drivers", "expected an array of drivers.");
        }

        var shares = new List<KeyValuePair<string, double>>();
        var d = 0;
        foreach (var driver in drivers.EnumerateArray())
        {
            var here = $"{at}.drivers[{d++}]";
            if (driver.ValueKind != JsonValueKind.Object)
            {
                throw Fail(prefix, here, $"expected an object with a string \"name\" and a number \"shapleyShare\", found {Kind(driver)}.");
            }

            if (!driver.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
            {
                throw Fail(prefix, here + ".name", "expected the driver metric's id as a non-empty string.");
            }

            if (!driver.TryGetProperty("shapleyShare", out var share) || share.ValueKind != JsonValueKind.Number)
            {
                throw Fail(prefix, here + ".shapleyShare", "expected a number (the driver's share of R^2).");
            }

            // The negated comparison also refuses a number too large for a double (read as infinity or not at all).
            if (!share.TryGetDouble(out var value) || !double.IsFinite(value) || !(value >= 0))
            {
                throw Fail(prefix, here + ".shapleyShare", $"{share.GetRawText()} must be >= 0 (a share of R^2).");
            }

            shares.Add(new(name.GetString()!, value));
        }

        try
        {
            return new KeyDriverRanking(metricId.GetString()!, shares);
        }
        catch (ArgumentException ex)
        {
            // The ranking's own checks (such as a driver named twice) judge the document's content.
            throw Fail(prefix, at, ex.Message);
        }
    }

    private static DriverRankingsFormatException Fail(string prefix, string path, string message) =>
        new(path, $"{prefix}{path}: {message}");

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };
}
