using System.Globalization;
using DocScan.SampleDocs.Ooxml;

namespace DocScan.SampleDocs.Sheets;

/// <summary>One cell value and how it is stored: shared string, inline string, number or date.</summary>
public sealed record SheetCell(SheetCell.Kind Storage, string? Value = null, double Number = 0, int Style = 0)
{
    public enum Kind
    {
        SharedString,
        InlineString,
        Number,
        Empty,
    }

    public static readonly SheetCell None = new(Kind.Empty);

    /// <summary>Text in the shared-string table (how Excel saves what people type).</summary>
    public static SheetCell Text(string text, int style = CellStyles.Bordered) => new(Kind.SharedString, Value: text, Style: style);

    /// <summary>Text stored in the cell itself (how many report generators export).</summary>
    public static SheetCell Inline(string text, int style = CellStyles.Bordered) => new(Kind.InlineString, Value: text, Style: style);

    public static SheetCell Header(string text) => new(Kind.SharedString, Value: text, Style: CellStyles.Header);

    public static SheetCell Amount(double value) => new(Kind.Number, Number: value, Style: CellStyles.Amount);

    public static SheetCell Date(DateOnly date) =>
        new(Kind.Number, Number: date.DayNumber - new DateOnly(1899, 12, 30).DayNumber, Style: CellStyles.Date);

    internal string Xml(string reference, Func<string, int> sharedIndex) => Storage switch
    {
        Kind.SharedString => $"<c r=\"{reference}\" s=\"{Style}\" t=\"s\"><v>{sharedIndex(Value!)}</v></c>",
        Kind.InlineString => $"<c r=\"{reference}\" s=\"{Style}\" t=\"inlineStr\"><is><t{Ooxml.Xml.SpaceAttribute(Value!)}>{Ooxml.Xml.Escape(Value!)}</t></is></c>",
        Kind.Number => $"<c r=\"{reference}\" s=\"{Style}\"><v>{Number.ToString("R", CultureInfo.InvariantCulture)}</v></c>",
        _ => "",
    };
}

/// <summary>Indexes into the cellXfs of <see cref="XlsxStyles"/>.</summary>
public static class CellStyles
{
    public const int Default = 0;
    public const int Header = 1;
    public const int Bordered = 2;
    public const int Amount = 3;
    public const int Date = 4;
    public const int Title = 5;
}
