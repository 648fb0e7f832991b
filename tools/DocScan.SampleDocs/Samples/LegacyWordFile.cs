using System.Buffers.Binary;
using System.Text;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Packaging;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A Word 97-2003 .doc: a CFB container with a WordDocument stream whose FIB points at a piece
/// table (CLX) in 1Table; one UTF-16 piece holds the letter. Nothing in it is personal data.
/// </summary>
public sealed class LegacyWordFile : ISample
{
    private static readonly Guid WordDocumentClass = new("00020906-0000-0000-C000-000000000046");

    public IEnumerable<SampleDocument> Build()
    {
        // File Information Block: wIdent 0xA5EC, nFib 0x00C1 (Word 97), the text from offset 0x800 in UTF-16.
        const string text = "臺南市政府　函\r主旨：檢送本府98年度公文檔案管理評核結果1份，請查照。\r說明：依據檔案法第5條辦理。\r";
        var wordDocument = new byte[8192];
        BinaryPrimitives.WriteUInt16LittleEndian(wordDocument, 0xA5EC);
        BinaryPrimitives.WriteUInt16LittleEndian(wordDocument.AsSpan(2), 0x00C1);
        BinaryPrimitives.WriteUInt16LittleEndian(wordDocument.AsSpan(4), 0x6047);
        BinaryPrimitives.WriteUInt16LittleEndian(wordDocument.AsSpan(10), 0x1200); // fWhichTblStm: 1Table
        BinaryPrimitives.WriteInt32LittleEndian(wordDocument.AsSpan(64 + 12), text.Length); // FibRgLw97.ccpText
        BinaryPrimitives.WriteUInt16LittleEndian(wordDocument.AsSpan(152), 0x5D); // cbRgFcLcb: FibRgFcLcb97
        Encoding.Unicode.GetBytes(text).CopyTo(wordDocument, 0x800);

        // CLX at the start of 1Table: a Pcdt with one piece (CPs 0..n, a PCD whose fc is 0x800, not compressed).
        var table = new byte[1024];
        table[0] = 0x02;
        BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(1), 4 * 2 + 8);
        BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(5 + 4), text.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(5 + 8 + 2), 0x800);
        BinaryPrimitives.WriteUInt32LittleEndian(wordDocument.AsSpan(154 + 33 * 8), 0); // fcClx
        BinaryPrimitives.WriteUInt32LittleEndian(wordDocument.AsSpan(154 + 33 * 8 + 4), 5 + 16); // lcbClx

        var compObj = new byte[] { 0x01, 0x00, 0xFE, 0xFF, 0x03, 0x0A, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF }
            .Concat(WordDocumentClass.ToByteArray())
            .Concat(LengthPrefixed("Microsoft Word 97-2003 Document"))
            .Concat(LengthPrefixed("MSWordDoc"))
            .Concat(LengthPrefixed("Word.Document.8"))
            .ToArray();

        var doc = new CfbWriter(WordDocumentClass)
            .AddStream("WordDocument", wordDocument)
            .AddStream("1Table", table)
            .AddStream("\u0001CompObj", compObj)
            .ToArray();
        yield return new SampleDocument("舊版公文.doc", doc, Expectation.Clean());
    }

    private static byte[] LengthPrefixed(string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text + "\0");
        var prefix = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(prefix, bytes.Length);
        return [.. prefix, .. bytes];
    }
}
