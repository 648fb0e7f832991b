using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DocScan.Core.Tests.Extraction;

/// <summary>Sheets added to a .xlsx workbook built in memory.</summary>
internal static class SpreadsheetBuilder
{
    internal static WorksheetPart AddSheet(WorkbookPart workbook, string name, SheetStateValues? state, params Row[] rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetData(rows));
        var sheets = workbook.Workbook.Sheets!;
        var sheet = new Sheet { Name = name, SheetId = (uint)sheets.Count() + 1, Id = workbook.GetIdOfPart(part) };
        if (state is { } hidden)
        {
            sheet.State = hidden;
        }

        sheets.Append(sheet);
        return part;
    }
}
