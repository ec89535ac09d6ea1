using System.CommandLine;
using CxOkr.Data;

namespace CxOkr.Cli.Commands;

/// <summary>
/// <c>--delimiter</c>, <c>--decimal</c>, <c>--skip-rows</c> and <c>--encoding</c>: the layout of the CSV files a
/// command reads (European Excel exports, survey-tool exports, files not in UTF-8), as <see cref="CsvOptions"/>.
/// </summary>
internal sealed class CsvInputOptions
{
    private readonly Option<string?> _delimiter = new("--delimiter") { Description = "The CSV's cell separator: ',' (default), ';', 'tab' or '|'." };
    private readonly Option<string?> _decimal = new("--decimal") { Description = "The decimal mark of numbers: '.' (default) or ','." };
    private readonly Option<int> _skipRows = new("--skip-rows") { Description = "Rows under the header that are not data (SurveyMonkey, Medallia); Qualtrics exports are recognised without it." };
    private readonly Option<string?> _encoding = new("--encoding") { Description = "The file's encoding: utf-8 (default, checked strictly), utf-16le, utf-16be, windows-1252 or latin1." };

    private CsvInputOptions()
    {
    }

    /// <summary>Adds the four options to <paramref name="command"/>.</summary>
    public static CsvInputOptions AddTo(Command command)
    {
        var options = new CsvInputOptions();
        command.Options.Add(options._delimiter);
        command.Options.Add(options._decimal);
        command.Options.Add(options._skipRows);
        command.Options.Add(options._encoding);
        return options;
    }

    /// <summary>The options given; the reader's notes (a Qualtrics export recognised) go to stderr as <c>cxokr: note: ...</c>.</summary>
    public CsvOptions Read(ParseResult parse, CliContext context)
    {
        var delimiter = parse.GetValue(_delimiter) switch
        {
            null or "," => ',',
            ";" => ';',
            "tab" or "\t" or "\\t" => '\t',
            "|" => '|',
            var other => throw new CliUsageException($"--delimiter '{other}' is not one of ',', ';', 'tab' or '|'."),
        };
        var decimalMark = parse.GetValue(_decimal) switch
        {
            null or "." => '.',
            "," => ',',
            var other => throw new CliUsageException($"--decimal '{other}' is not '.' or ','."),
        };
        if (delimiter == decimalMark)
        {
            throw new CliUsageException($"--delimiter and --decimal are both '{delimiter}'; a file with a decimal comma separates cells with ';'.");
        }

        var skipRows = parse.GetValue(_skipRows);
        if (skipRows < 0)
        {
            throw new CliUsageException($"--skip-rows ({skipRows}) must be 0 or more.");
        }

        var encoding = parse.GetValue(_encoding) is { } name
            ? CliUsageException.FromArguments(() => CsvOptions.ParseEncoding(name))
            : null;
        return new CsvOptions
        {
            Delimiter = delimiter,
            DecimalSeparator = decimalMark,
            SkipRows = skipRows,
            Encoding = encoding,
            OnNote = note => context.Error.WriteLine($"cxokr: note: {note}"),
        };
    }
}
