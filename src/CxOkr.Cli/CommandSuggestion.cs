namespace CxOkr.Cli;

/// <summary>
/// The commands a mistyped command name most likely meant: those it begins (<c>sco</c> for <c>score</c>) and
/// those within a few edits of it (<c>dirvers</c> for <c>drivers</c>), nearest first.
/// </summary>
internal static class CommandSuggestion
{
    /// <summary>The most suggestions a message names.</summary>
    public const int MaximumSuggestions = 3;

    /// <summary>The commands <paramref name="typed"/> may have meant, nearest first (ties in catalog order); empty when none is close.</summary>
    /// <param name="typed">What the user typed where a command was expected.</param>
    /// <param name="commands">The command names, in catalog order.</param>
    /// <returns>At most <see cref="MaximumSuggestions"/> names.</returns>
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> commands)
    {
        var word = typed.ToLowerInvariant();
        // One edit per three letters typed, at least one: "scroe" and "aling" are one transposition away.
        var allowed = Math.Max(1, word.Length / 3);
        return commands
            .Select((name, order) => (Name: name, Order: order, Distance: EditDistance(word, name)))
            .Where(c => c.Name.StartsWith(word, StringComparison.Ordinal) || c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Order)
            .Take(MaximumSuggestions)
            .Select(c => c.Name)
            .ToList();
    }

    /// <summary>
    /// The message for a command that does not exist: it names the nearest commands or, with none near, the help.
    /// </summary>
    /// <param name="typed">What the user typed.</param>
    /// <param name="commands">The command names, in catalog order.</param>
    /// <returns>One sentence, without the <c>cxokr:</c> prefix.</returns>
    public static string Message(string typed, IEnumerable<string> commands)
    {
        var nearest = Nearest(typed, commands);
        var known = $"'{typed}' is not a cxokr command";
        return nearest.Count switch
        {
            0 => $"{known}; run 'cxokr --help' for the list of commands.",
            1 => $"{known}. Did you mean '{nearest[0]}'?",
            _ => $"{known}. Did you mean {string.Join(", ", nearest.Take(nearest.Count - 1).Select(n => $"'{n}'"))} or '{nearest[^1]}'?",
        };
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours.
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
