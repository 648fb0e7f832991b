using System.Buffers.Binary;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// Cell comments and text boxes of a BIFF8 workbook, which cell readers do not give: each OBJ's
/// TXO record is followed by a CONTINUE holding its text; a NOTE record ties an object to a cell and
/// names the comment's author ([MS-XLS] 2.4.179 NoteSh, 2.4.329 TxO). A BIFF5 NOTE holds the comment's
/// text itself, in the workbook's code page, continued by NOTE records with row 0xFFFF.
/// </summary>
internal static class ExcelComments
{
    private const ushort Bof = 0x0809;
    private const ushort Obj = 0x005D;
    private const ushort Txo = 0x01B6;
    private const ushort Continue = 0x003C;
    private const ushort Note = 0x001C;

    private const ushort Biff5Continued = 0xFFFF;

    public static List<ExcelNote> Read(byte[] workbook)
    {
        var biff5 = BiffRecords.Biff5CodePage(workbook);
        var notes = new List<ExcelNote>();
        string? sheet = null;
        var texts = new Dictionary<int, string>();
        int? objectId = null;
        var textLength = -1;
        BiffRecord previous = default;
        foreach (var (record, recordSheet) in BiffRecords.WalkSheets(workbook, biff5))
        {
            var data = record.Data.Span;
            switch (record.Type)
            {
                case Bof:
                    Flush(sheet, texts, notes);
                    sheet = recordSheet;
                    break;
                case Obj when data.Length >= 8:
                    objectId = BinaryPrimitives.ReadUInt16LittleEndian(data[6..]);
                    break;
                case Txo when data.Length >= 12:
                    textLength = BinaryPrimitives.ReadUInt16LittleEndian(data[10..]);
                    break;
                case Continue when previous.Type == Txo && textLength > 0 && data.Length >= 1 && objectId is { } id:
                    texts[id] = BiffStrings.Characters(data[1..], textLength, (data[0] & 1) != 0);
                    textLength = -1;
                    break;
                case Note when biff5 is not null && data.Length >= 6 && sheet is not null:
                    var part = BiffStrings.Bytes(data[6..], BinaryPrimitives.ReadUInt16LittleEndian(data[4..]), biff5);
                    if (BinaryPrimitives.ReadUInt16LittleEndian(data) == Biff5Continued && notes.Count > 0 && notes[^1].Sheet == sheet)
                    {
                        notes[^1] = notes[^1] with { Text = notes[^1].Text + part };
                    }
                    else
                    {
                        notes.Add(new ExcelNote(sheet, BinaryPrimitives.ReadUInt16LittleEndian(data), BinaryPrimitives.ReadUInt16LittleEndian(data[2..]), part, ""));
                    }

                    break;
                case Note when data.Length >= 8 && sheet is not null:
                    var noteId = BinaryPrimitives.ReadUInt16LittleEndian(data[6..]);
                    if (texts.Remove(noteId, out var text))
                    {
                        notes.Add(new ExcelNote(sheet, BinaryPrimitives.ReadUInt16LittleEndian(data), BinaryPrimitives.ReadUInt16LittleEndian(data[2..]),
                            text, data.Length > 10 ? BiffStrings.Unicode(data[8..]) : ""));
                    }

                    break;
            }

            previous = record;
        }

        Flush(sheet, texts, notes);
        return notes;
    }

    // Text objects that no NOTE claims are text boxes on the sheet.
    private static void Flush(string? sheet, Dictionary<int, string> texts, List<ExcelNote> notes)
    {
        if (sheet is not null)
        {
            notes.AddRange(texts.Values.Select(t => new ExcelNote(sheet, -1, -1, t, "")));
        }

        texts.Clear();
    }
}

/// <param name="Row">0-based row of the commented cell; -1 for a text box.</param>
internal sealed record ExcelNote(string Sheet, int Row, int Column, string Text, string Author);
