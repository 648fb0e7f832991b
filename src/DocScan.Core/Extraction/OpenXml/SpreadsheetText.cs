using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DocScan.Core.Extraction.OpenXml;

internal static class SpreadsheetText
{
    /// <summary>
    /// Text of a rich-text holder (<c>si</c>, <c>is</c>, comment text): plain and formatted runs joined;
    /// phonetic guides (<c>rPh</c>) are left out, as Excel does not show them in the cell.
    /// </summary>
    public static string RichText(OpenXmlElement holder)
    {
        var text = new StringBuilder();
        foreach (var child in holder.ChildElements)
        {
            switch (child)
            {
                case Text plain:
                    text.Append(plain.Text);
                    break;
                case Run run:
                    text.Append(run.Text?.Text);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>The shared string table, read one item at a time (it can hold every text of a large workbook).</summary>
    public static List<string> LoadSharedStrings(SharedStringTablePart part, CancellationToken cancellationToken)
    {
        var strings = new List<string>();
        foreach (var item in PartElements.AtDepth(part, 1, cancellationToken).OfType<SharedStringItem>())
        {
            strings.Add(RichText(item));
        }

        return strings;
    }

    /// <summary>Column number (1 = A) of a reference such as <c>B12</c>; 0 when it has no letters.</summary>
    public static uint ColumnIndex(string reference)
    {
        uint column = 0;
        foreach (var c in reference)
        {
            var letter = char.ToUpperInvariant(c);
            if (letter is < 'A' or > 'Z' || column > MaxColumn)
            {
                break;
            }

            column = column * 26 + (uint)(letter - 'A' + 1);
        }

        return column;
    }

    public static string ColumnName(uint column)
    {
        var name = new StringBuilder();
        for (; column > 0; column = (column - 1) / 26)
        {
            name.Insert(0, (char)('A' + (column - 1) % 26));
        }

        return name.ToString();
    }

    private const uint MaxColumn = 16384;
}
