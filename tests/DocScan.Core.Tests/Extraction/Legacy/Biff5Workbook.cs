using System.Buffers.Binary;
using System.Text;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Extraction.Legacy;

/// <summary>
/// Writes an Excel 5.0/95 workbook (BIFF5 records in a "Book" stream), which no installed tool writes any
/// more: its text is in the code page its CODEPAGE record names (950, Big5, for Taiwanese files), sheet
/// names and labels are byte strings, comments are NOTE records holding their text.
/// </summary>
internal sealed class Biff5Workbook(int codePage)
{
    private readonly Encoding _encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;
    private readonly List<Sheet> _sheets = [];

    public Biff5Workbook AddSheet(string name, bool hidden, IEnumerable<(int Row, int Column, object Value)> cells,
        int[]? hiddenRows = null, (int Row, int Column, string Text)? note = null)
    {
        _sheets.Add(new Sheet(name, hidden, cells.ToList(), hiddenRows ?? [], note));
        return this;
    }

    public byte[] Build() => CfbBuilder.Build(("Book", Stream()));

    private byte[] Stream()
    {
        var globals = new MemoryStream();
        Record(globals, 0x0809, Bof(0x0005));
        Record(globals, 0x0042, U16(codePage));
        // Excel writes 21 cell formats (XF); cells refer to the 16th, the default cell format.
        for (var i = 0; i < 21; i++)
        {
            Record(globals, 0x00E0, Xf(i < 15));
        }

        var boundSheetAt = new List<long>();
        foreach (var sheet in _sheets)
        {
            boundSheetAt.Add(globals.Position + 4);
            var name = _encoding.GetBytes(sheet.Name);
            Record(globals, 0x0085, [0, 0, 0, 0, (byte)(sheet.Hidden ? 1 : 0), 0, (byte)name.Length, .. name]);
        }

        Record(globals, 0x000A, []);
        var book = globals.ToArray().ToList();
        for (var i = 0; i < _sheets.Count; i++)
        {
            // BOUNDSHEET's lbPlyPos: where the sheet's BOF starts in the stream.
            var offset = new byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(offset, book.Count);
            for (var b = 0; b < 4; b++)
            {
                book[(int)boundSheetAt[i] + b] = offset[b];
            }

            book.AddRange(SheetStream(_sheets[i]));
        }

        return [.. book];
    }

    private byte[] SheetStream(Sheet sheet)
    {
        var stream = new MemoryStream();
        Record(stream, 0x0809, Bof(0x0010));
        var rows = sheet.Cells.Max(c => c.Row) + 1;
        var columns = sheet.Cells.Max(c => c.Column) + 1;
        Record(stream, 0x0000, [.. U16(0), .. U16(rows), .. U16(0), .. U16(columns), 0, 0]);
        foreach (var row in sheet.HiddenRows)
        {
            // ROW: rw, colMic, colMac, miyRw, two reserved words, then flags with fDyZero (0x20) and a custom height.
            Record(stream, 0x0208, [.. U16(row), .. U16(0), .. U16(columns), .. U16(255), 0, 0, 0, 0, 0x60, 0x01, 0x0F, 0x00]);
        }

        foreach (var (row, column, value) in sheet.Cells)
        {
            if (value is string text)
            {
                var chars = _encoding.GetBytes(text);
                Record(stream, 0x0204, [.. U16(row), .. U16(column), .. U16(15), .. U16(chars.Length), .. chars]);
            }
            else
            {
                var number = new byte[8];
                BinaryPrimitives.WriteDoubleLittleEndian(number, Convert.ToDouble(value));
                Record(stream, 0x0203, [.. U16(row), .. U16(column), .. U16(15), .. number]);
            }
        }

        if (sheet.Note is { } note)
        {
            var chars = _encoding.GetBytes(note.Text);
            Record(stream, 0x001C, [.. U16(note.Row), .. U16(note.Column), .. U16(chars.Length), .. chars]);
        }

        Record(stream, 0x000A, []);
        return stream.ToArray();
    }

    // BOF: vers 0x0500, dt (5 globals, 0x10 worksheet), rupBuild, rupYear.
    private static byte[] Bof(int type) => [.. U16(0x0500), .. U16(type), .. U16(0x0DBB), .. U16(0x07CC)];

    // XF (BIFF5, 16 bytes): font, format, then the style flag (0xFFF5 for style XFs, 0x0001 locked cells).
    private static byte[] Xf(bool style) => [0, 0, 0, 0, .. U16(style ? 0xFFF5 : 0x0001), 0x20, 0, 0xC0, 0x20, 0, 0, 0, 0, 0, 0];

    private static byte[] U16(int value) => [(byte)value, (byte)(value >> 8)];

    private static void Record(Stream stream, int type, byte[] data)
    {
        stream.Write(U16(type));
        stream.Write(U16(data.Length));
        stream.Write(data);
    }

    private sealed record Sheet(string Name, bool Hidden, List<(int Row, int Column, object Value)> Cells, int[] HiddenRows, (int Row, int Column, string Text)? Note);
}
