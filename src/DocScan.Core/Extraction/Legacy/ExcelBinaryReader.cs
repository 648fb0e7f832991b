using System.Globalization;
using System.Text;
using DocScan.Core.Extraction.OpenXml;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// Reads an Excel 97–2003 .xls: every sheet (hidden and very hidden ones as hidden text), its cells
/// as <c>名冊!C5</c> with their row and column (hidden when their row or column is), the string literals
/// of formulas (hidden), and the comments and text boxes the BIFF records hold. Cells come from
/// ExcelDataReader, which follows BIFF8's shared strings, RK numbers and formulas' cached values, and
/// reads Excel 5.0/95 (BIFF5) workbooks in the code page they name.
/// </summary>
internal static class ExcelBinaryReader
{
    static ExcelBinaryReader()
    {
        // BIFF8 names its code page (1252, 950…); ExcelDataReader looks it up through Encoding.GetEncoding.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static void Read(LegacyFile file, ExtractionContext context, CancellationToken cancellationToken)
    {
        // "Book" is BIFF5 (Excel 5.0/95): text in the code page its CODEPAGE record names, not UTF-16.
        var workbook = file.Read("Workbook", optional: true) ?? file.Read("Book")!;
        var layout = ReadLayout(workbook, context);
        ReadCells(workbook, layout, context, cancellationToken);
        ReadComments(workbook, context);
    }

    private static Dictionary<string, SheetRecords> ReadLayout(byte[] workbook, ExtractionContext context)
    {
        Dictionary<string, SheetRecords> layout;
        try
        {
            layout = ExcelSheetRecords.Read(workbook);
        }
        catch (InvalidDataException)
        {
            context.AddProblem(ProblemCodes.Corrupt, "Excel 活頁簿的列、欄與公式記錄無法讀取（記錄結構損毀），隱藏的列與欄未能標示為隱藏，公式中的文字未能檢查。");
            return [];
        }

        if (layout.Values.Sum(s => s.UnreadFormulas) is var unread and > 0)
        {
            context.AddProblem(ProblemCodes.Unsupported, $"Excel 活頁簿有 {unread} 個公式的內容無法完整解析，其中的文字常數未能檢查；儲存格顯示的值已檢查。");
        }

        return layout;
    }

    // ExcelDataReader reads the record stream itself, so a workbook embedded in another file's storage reads the same way.
    private static void ReadCells(
        byte[] workbook, Dictionary<string, SheetRecords> layout, ExtractionContext context, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new MemoryStream(workbook, writable: false);
            using var reader = ExcelReaderFactory.CreateBinaryReader(stream);
            do
            {
                var sheet = reader.Name ?? "";
                var hidden = reader.VisibleState is "hidden" or "veryhidden";
                var records = layout.GetValueOrDefault(sheet) ?? new SheetRecords();
                context.Add(sheet, SegmentSources.Sheet, sheet, hidden: hidden);
                var row = 0;
                while (reader.Read())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    // A hidden row or column (or one of height or width 0) is out of view; its cells still leave with the file.
                    var rowHidden = hidden || reader.RowHeight == 0 || records.HiddenRows.Contains(row);
                    for (var column = 0; column < reader.FieldCount; column++)
                    {
                        if (CellText(reader.GetValue(column)) is { Length: > 0 } text)
                        {
                            context.Add(new TextSegment(text, SegmentSources.Sheet, CellPath(sheet, row, column),
                                Hidden: rowHidden || records.ColumnHidden(column), Cell: new CellPosition(sheet, row, column)));
                        }
                    }

                    row++;
                }

                foreach (var (literalRow, literalColumn, strings) in records.Literals)
                {
                    foreach (var literal in strings.Where(l => l.Length > 0))
                    {
                        context.Add(literal, SegmentSources.HiddenText, CellPath(sheet, literalRow, literalColumn), hidden: true);
                    }
                }
            }
            while (reader.NextResult());
        }
        catch (InvalidPasswordException)
        {
            throw new ScanProblemException(ProblemCodes.Encrypted, "這是以密碼加密的 Excel 活頁簿，無法檢查內容；請解除密碼後重新送掃。");
        }
        catch (Exception ex) when (ex is not (ScanProblemException or OperationCanceledException or OutOfMemoryException))
        {
            throw new ScanProblemException(ProblemCodes.Corrupt, $"Excel 活頁簿的儲存格無法讀取（{ex.GetType().Name}），檔案可能已損毀或被截斷。");
        }
    }

    private static void ReadComments(byte[] workbook, ExtractionContext context)
    {
        List<ExcelNote> notes;
        try
        {
            notes = ExcelComments.Read(workbook);
        }
        catch (InvalidDataException)
        {
            context.AddProblem(ProblemCodes.Corrupt, "Excel 活頁簿的註解與文字方塊無法讀取（記錄結構損毀），儲存格已檢查。");
            return;
        }

        foreach (var note in notes)
        {
            if (note.Row < 0)
            {
                context.Add(note.Text, SegmentSources.TextBox, $"{note.Sheet}#textbox");
                continue;
            }

            var path = CellPath(note.Sheet, note.Row, note.Column);
            context.Add(note.Text, SegmentSources.Comment, path, hidden: true);
            context.Add(note.Author, SegmentSources.Metadata, $"{path}#author", hidden: true);
        }
    }

    private static string CellPath(string sheet, int row, int column) => $"{sheet}!{SpreadsheetText.ColumnName((uint)column + 1)}{row + 1}";

    // As the .xlsx reader shows them: dates as yyyy/M/d, whole numbers without a decimal point.
    private static string? CellText(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTime date => date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy/M/d", CultureInfo.InvariantCulture)
            : date.ToString("yyyy/M/d H:mm:ss", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
