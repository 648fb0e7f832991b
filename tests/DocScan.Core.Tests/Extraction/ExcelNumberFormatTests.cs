using DocScan.Core.Extraction.OpenXml;

namespace DocScan.Core.Tests.Extraction;

public sealed class ExcelNumberFormatTests
{
    [Theory]
    [InlineData("912345678", "\"0\"#########", "0912345678")]
    [InlineData("912345678", "0000000000", "0912345678")]
    [InlineData("1234567", "#,##0", "1,234,567")]
    [InlineData("1234567.5", "#,##0.00", "1,234,567.50")]
    [InlineData("0.125", "0.0%", "12.5%")]
    [InlineData("-5", "#,##0;(#,##0)", "(5)")]
    [InlineData("30000", "[$NT$-404]#,##0", "NT$30,000")]
    [InlineData("29345", "yyyy/m/d", "1980/5/4")]
    [InlineData("29345", "[$-404]e\"年\"m\"月\"d\"日\"", "69/5/4")]
    [InlineData("45658.75", "yyyy/m/d h:mm", "2025/1/1 18:00")]
    [InlineData("0.5", "h:mm", "0.5")]
    [InlineData("0.5", "# ?/?", "0.5")]
    [InlineData("5", "[<10]0;0.0", "5")]
    [InlineData("A123", "0", "A123")]
    public void Custom_format_shows_the_number_as_the_cell_does(string raw, string code, string expected)
    {
        var (text, invisible) = ExcelNumberFormat.Parse(code).Format(raw, date1904: false);

        Assert.Equal(expected, text);
        Assert.False(invisible);
    }

    [Theory]
    [InlineData("42", "42")]
    [InlineData("42.0", "42")]
    [InlineData("9.12345678E8", "912345678")]
    [InlineData("3.14159", "3.14159")]
    [InlineData("1E+20", "1E+20")]
    public void General_shows_integers_without_decimals_and_other_numbers_as_stored(string raw, string expected)
    {
        Assert.Equal(expected, ExcelNumberFormat.General.Format(raw, date1904: false).Text);
    }

    [Fact]
    public void Built_in_date_format_shows_a_date()
    {
        Assert.Equal("1980/5/4", ExcelNumberFormat.BuiltIn(14).Format("29345", date1904: false).Text);
        Assert.Equal("1984/5/5", ExcelNumberFormat.BuiltIn(14).Format("29345", date1904: true).Text);
    }

    [Fact]
    public void Empty_sections_hide_numbers_and_text()
    {
        var format = ExcelNumberFormat.Parse(";;;");

        Assert.Equal(("912345678", true), format.Format("912345678", date1904: false));
        Assert.True(format.HidesText);
        Assert.False(ExcelNumberFormat.Parse("0;-0;0").HidesText);
    }
}
