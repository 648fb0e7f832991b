using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>The number format of every cell style (<c>s</c> attribute of a cell) of a workbook.</summary>
internal sealed class CellNumberFormats
{
    private readonly List<ExcelNumberFormat> _byStyle = [];

    private CellNumberFormats(Stylesheet? stylesheet, bool date1904)
    {
        Date1904 = date1904;
        var custom = new Dictionary<uint, string>();
        foreach (var format in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                custom.TryAdd(id, code);
            }
        }

        var parsed = new Dictionary<uint, ExcelNumberFormat>();
        foreach (var cellFormat in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = cellFormat.NumberFormatId?.Value ?? 0;
            if (!parsed.TryGetValue(id, out var format))
            {
                format = custom.TryGetValue(id, out var code) ? ExcelNumberFormat.Parse(code) : ExcelNumberFormat.BuiltIn(id);
                parsed[id] = format;
            }

            _byStyle.Add(format);
        }
    }

    /// <summary>Serial dates count from 1904 instead of 1900 (old Mac workbooks).</summary>
    public bool Date1904 { get; }

    public static CellNumberFormats Load(WorkbookPart workbook) =>
        new(workbook.WorkbookStylesPart?.Stylesheet, workbook.Workbook?.WorkbookProperties?.Date1904?.Value ?? false);

    public ExcelNumberFormat ForStyle(uint? styleIndex) =>
        styleIndex is { } index && index < _byStyle.Count ? _byStyle[(int)index] : ExcelNumberFormat.General;
}
