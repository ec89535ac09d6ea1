using System.Text;
using CxOkr.Data;

namespace CxOkr.Tests.Data;

/// <summary>The files CX teams actually have: European Excel, Qualtrics and SurveyMonkey exports, other encodings.</summary>
public sealed class RealExportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cxokr-exports-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_european_excel_file_reads_with_its_delimiter_and_decimal_comma()
    {
        var table = CsvTableReader.Read(new StringReader("nps;ease;label\n9;4,5;\"a;b\"\n7;3,25;c\n"), new CsvOptions { Delimiter = ';', DecimalSeparator = ',' });

        Assert.Equal(4.5, table.GetValue(0, "ease"));
        Assert.Equal(3.25, table.GetValue(1, "ease"));
        Assert.Equal("a;b", table.GetText(0, "label"));
    }

    [Fact]
    public void A_decimal_comma_file_does_not_read_a_point_as_a_decimal_mark()
    {
        var table = CsvTableReader.Read(new StringReader("x;y\n1,5;1.5\n"), new CsvOptions { Delimiter = ';', DecimalSeparator = ',' });

        Assert.True(table.IsNumeric("x"));
        Assert.False(table.IsNumeric("y"));
    }

    [Theory]
    [InlineData("nps;ease\n9;4,5\n", "separated by ';'", "--delimiter ';'")]
    [InlineData("nps\tease\n9\t4.5\n", "separated by tabs", "--delimiter tab")]
    public void A_file_read_with_the_wrong_separator_says_which_one_it_seems_to_use(string csv, string seems, string option)
    {
        var error = Assert.Throws<DataFormatException>(() => CsvTableReader.Read(new StringReader(csv)));

        Assert.StartsWith("line 1: the header is one column", error.Message, StringComparison.Ordinal);
        Assert.Contains(seems, error.Message, StringComparison.Ordinal);
        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_qualtrics_export_is_recognised_its_two_rows_skipped_with_a_note_and_lines_kept()
    {
        const string csv = "ResponseId,Q1,Q2\n"
            + "Response ID,How likely are you to recommend us?,How easy was it?\n"
            + "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\"\n"
            + "R_1,9,4\nR_2,7,oops\n";
        var notes = new List<string>();

        var table = CsvTableReader.Read(new StringReader(csv), new CsvOptions { OnNote = notes.Add });

        Assert.Equal(2, table.RowCount);
        Assert.Equal(9, table.GetValue(0, "Q1"));
        Assert.Equal(4, table.GetLine(0));
        Assert.Contains("Qualtrics", Assert.Single(notes), StringComparison.Ordinal);
        var error = Assert.Throws<DataFormatException>(() => CxOkr.Drivers.DriverTable.FromTable(table, "Q1", ["Q2"]));
        Assert.Contains("line 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_that_merely_look_like_data_are_not_taken_for_a_qualtrics_export()
    {
        var notes = new List<string>();
        var table = CsvTableReader.Read(new StringReader("a,b\n1,2\n3,4\n5,6\n"), new CsvOptions { OnNote = notes.Add });

        Assert.Equal(3, table.RowCount);
        Assert.Empty(notes);
    }

    [Fact]
    public void Skip_rows_drops_the_rows_under_the_header_of_other_tools()
    {
        var table = CsvTableReader.Read(new StringReader("id,nps\n,Response\n1,9\n2,7\n"), new CsvOptions { SkipRows = 1 });

        Assert.Equal(2, table.RowCount);
        Assert.True(table.IsNumeric("nps"));
        Assert.Equal(3, table.GetLine(0));
    }

    [Fact]
    public void A_windows_1252_file_is_refused_naming_the_line_and_reads_with_its_encoding()
    {
        var path = Path.Combine(_folder, "excel.csv");
        var latin = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        File.WriteAllBytes(path, latin.GetBytes("respondent_id,date,region,nps\nr1,2026-10-01,Zürich,9\nr2,2026-10-02,Genève,7\n"));

        var error = Assert.Throws<DataFormatException>(() => ResponseCsvReader.ReadFile(path));
        Assert.StartsWith("line 2: byte 0xFC", error.Message, StringComparison.Ordinal);
        Assert.Contains("Windows-1252", error.Message, StringComparison.Ordinal);

        var responses = ResponseCsvReader.ReadFile(path, new ResponseCsvOptions { Csv = new CsvOptions { Encoding = CsvOptions.ParseEncoding("windows-1252") } });
        Assert.Equal(["Zürich", "Genève"], responses.Select(static r => r.Segments["region"]));
    }

    [Fact]
    public void Invalid_utf8_never_becomes_a_replacement_character()
    {
        var path = Path.Combine(_folder, "broken.csv");
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("a,segment\n1,north\n2,"));
        bytes.AddRange([0xC3, 0x28]);
        bytes.AddRange(Encoding.UTF8.GetBytes("\n"));
        File.WriteAllBytes(path, [.. bytes]);

        var error = Assert.Throws<DataFormatException>(() => CsvTableReader.ReadFile(path));
        Assert.StartsWith("line 3: byte 0xC3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "little-endian", "utf-16le")]
    [InlineData(true, "big-endian", "utf-16be")]
    public void Utf16_without_a_byte_order_mark_is_refused_and_reads_with_its_encoding(bool bigEndian, string seems, string name)
    {
        var path = Path.Combine(_folder, "utf16.csv");
        File.WriteAllBytes(path, new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes("a,b\n1,2\n3,4\n"));

        var error = Assert.Throws<DataFormatException>(() => CsvTableReader.ReadFile(path));
        Assert.Contains(seems, error.Message, StringComparison.Ordinal);
        Assert.Contains($"--encoding {name}", error.Message, StringComparison.Ordinal);

        var table = CsvTableReader.ReadFile(path, new CsvOptions { Encoding = CsvOptions.ParseEncoding(name) });
        Assert.Equal(4, table.GetValue(1, "b"));
    }

    [Fact]
    public void A_huge_cell_is_echoed_cut_to_80_characters()
    {
        var huge = new string('x', 1_000_000);
        var table = CsvTableReader.Read(new StringReader($"y,d\n1,{huge}\n2,3\n"));

        var error = Assert.Throws<DataFormatException>(() => CxOkr.Drivers.DriverTable.FromTable(table, "y", ["d"]));

        Assert.True(error.Message.Length < 300, $"message of {error.Message.Length} characters");
        Assert.Contains(new string('x', 80) + "...", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_repeated_in_the_file_is_refused_naming_both_lines()
    {
        const string csv = "respondent_id,date,journey,nps\nr1,2026-10-01,support,9\nr2,2026-10-01,support,7\nr1,2026-10-01,support,9\n";

        var error = Assert.Throws<DataFormatException>(() => ResponseCsvReader.Read(new StringReader(csv)));

        Assert.Equal("line 4: respondent 'r1' answered on 2026-10-01 in journey 'support' already on line 2; remove the repeated row.", error.Message);
    }

    [Fact]
    public void The_same_respondent_on_another_day_or_journey_is_not_a_repeat() =>
        Assert.Equal(3, ResponseCsvReader.Read(new StringReader("respondent_id,date,journey,nps\nr1,2026-10-01,support,9\nr1,2026-10-02,support,7\nr1,2026-10-01,onboarding,8\n")).Count);

    [Theory]
    [InlineData(';', ';')]
    [InlineData(',', ',')]
    public void A_delimiter_equal_to_the_decimal_mark_is_refused(char delimiter, char decimalMark) =>
        Assert.ThrowsAny<ArgumentException>(() => CsvTableReader.Read(new StringReader("a\n1\n"), new CsvOptions { Delimiter = delimiter, DecimalSeparator = decimalMark }));
}
