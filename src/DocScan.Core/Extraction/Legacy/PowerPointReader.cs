using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// Reads a PowerPoint 97–2003 .ppt: the text atoms of every slide (numbered in presentation order
/// through the persist directory), of notes pages (hidden), masters, and the document's headers and
/// footers. Text in SlideListWithText belongs to the slide its SlidePersistAtom opens; the cells of a
/// table on a slide are table text with their row and column.
/// </summary>
internal static class PowerPointReader
{
    private const string StreamName = "PowerPoint Document";

    private const ushort Document = 0x03E8;
    private const ushort Slide = 0x03EE;
    private const ushort SlideAtom = 0x03EF;
    private const ushort Notes = 0x03F0;
    private const ushort SlidePersistAtom = 0x03F3;
    private const ushort MainMaster = 0x03F8;
    private const ushort VbaInfoAtom = 0x0400;
    private const ushort TextCharsAtom = 0x0FA0;
    private const ushort TextBytesAtom = 0x0FA8;
    private const ushort CString = 0x0FBA;
    private const ushort HeadersFooters = 0x0FD9;
    private const ushort SlideListWithText = 0x0FF0;
    private const ushort ExOleObjStg = 0x1011;
    private const ushort PersistDirectoryAtom = 0x1772;

    /// <returns>The embedded objects (ExOleObjStg), each a compound file of its own, for the caller to read.</returns>
    public static List<byte[]> Read(LegacyFile file, ExtractionContext context, CancellationToken cancellationToken)
    {
        // An encrypted presentation ([MS-PPT] 2.3.7) moves its properties into this stream and encrypts the records.
        if (file.HasStream("EncryptedSummary"))
        {
            throw new ScanProblemException(ProblemCodes.Encrypted, "這是以密碼加密的 PowerPoint 簡報，無法檢查內容；請解除密碼後重新送掃。");
        }

        var stream = file.Read(StreamName)!;
        List<PptRecord> top;
        try
        {
            top = PowerPointRecords.Children(stream, 0);
        }
        catch (InvalidDataException)
        {
            throw new ScanProblemException(ProblemCodes.Corrupt, "PowerPoint 簡報的記錄結構損毀（檔案可能被截斷），投影片文字無法讀取。");
        }

        var persist = PersistOffsets(top);
        var (numbers, notesById) = SlideLists(top, persist);
        var notesPages = NotesPages(top, notesById, numbers);
        var embedded = new List<byte[]>();
        foreach (var record in top)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                switch (record.Type)
                {
                    case Document:
                        ReadDocument(record, context);
                        break;
                    case Slide:
                        var page = numbers.TryGetValue(record.Offset, out var number) ? number : (int?)null;
                        ReadText(record, SegmentSources.Slide, page is null ? "slide" : $"slide{page}", page, hidden: false, context);
                        break;
                    case Notes:
                        var notesPage = notesPages.TryGetValue(record.Offset, out var n) ? n : (int?)null;
                        ReadText(record, SegmentSources.Notes, notesPage is null ? "notes" : $"notes{notesPage}", notesPage, hidden: true, context);
                        break;
                    case MainMaster:
                        ReadText(record, SegmentSources.Slide, "master", null, hidden: false, context);
                        break;
                    case ExOleObjStg:
                        embedded.Add(ObjectStorage(record, context));
                        break;
                }
            }
            catch (InvalidDataException)
            {
                context.AddProblem(ProblemCodes.Corrupt, $"PowerPoint 簡報中位於 {record.Offset} 的記錄（類型 0x{record.Type:X4}）損毀，其中的文字未能完整檢查。");
            }
        }

        return embedded;
    }

    // ExOleObjStg ([MS-PPT] 2.10.34): the object's compound file, zlib-compressed after its 4-byte size when recInstance is 1.
    private static byte[] ObjectStorage(PptRecord record, ExtractionContext context)
    {
        if (record.Instance == 0)
        {
            return record.Data.ToArray();
        }

        if (record.Data.Length < 4)
        {
            throw new InvalidDataException("compressed object without its size");
        }

        var size = BinaryPrimitives.ReadUInt32LittleEndian(record.Data.Span);
        context.ChargeExpandedBytes(size);
        var storage = new byte[size];
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(record.Data[4..].ToArray()), CompressionMode.Decompress);
            zlib.ReadExactly(storage);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException)
        {
            throw new InvalidDataException("compressed object is damaged", ex);
        }

        return storage;
    }

    // The document: slide text kept in SlideListWithText, header/footer strings, and a VBA project if any.
    private static void ReadDocument(PptRecord document, ExtractionContext context)
    {
        var slideInList = 0;
        foreach (var (record, ancestors) in PowerPointRecords.Descendants(document))
        {
            // VBAInfoAtom: persistIdRef of the compressed VBA storage, then fHasMacros. Writers leave an empty one where there is no project.
            if (record.Type == VbaInfoAtom)
            {
                if (record.Data.Length >= 8 && (BinaryPrimitives.ReadUInt32LittleEndian(record.Data.Span) != 0 || BinaryPrimitives.ReadUInt32LittleEndian(record.Data.Span[4..]) != 0))
                {
                    context.AddActiveContent(ActiveContentKinds.Vba, $"{StreamName}#VBA");
                }

                continue;
            }

            var list = ancestors.LastOrDefault(a => a.Type == SlideListWithText);
            if (record.Type == SlidePersistAtom && list is { Instance: 0 })
            {
                slideInList++;
                continue;
            }

            if (Text(record) is not { } text)
            {
                continue;
            }

            if (list is not null)
            {
                var (source, path, page, hidden) = list.Instance switch
                {
                    0 => (SegmentSources.Slide, $"slide{slideInList}", (int?)slideInList, false),
                    2 => (SegmentSources.Notes, "notes", null, true),
                    _ => (SegmentSources.Slide, "master", null, false),
                };
                AddParagraphs(text, source, path, page, hidden, context);
            }
            else if (record.Type == CString && ancestors.Any(a => a.Type == HeadersFooters))
            {
                AddParagraphs(text, SegmentSources.Footer, "headers-footers", null, false, context);
            }
        }
    }

    private static void ReadText(PptRecord container, string source, string path, int? page, bool hidden, ExtractionContext context)
    {
        var tables = PowerPointTables.Find(container);
        foreach (var (record, ancestors) in PowerPointRecords.Descendants(container))
        {
            if (record.Type != CString && !ancestors.Any(tables.Contains) && Text(record) is { } text)
            {
                AddParagraphs(text, source, path, page, hidden, context);
            }
        }

        for (var i = 0; i < tables.Count; i++)
        {
            var table = $"{StreamName}#{path}#table{i + 1}";
            foreach (var (row, column, records) in PowerPointTables.Cells(tables[i]))
            {
                foreach (var text in records.Select(Text).OfType<string>())
                {
                    var cell = new CellPosition(table, row, column);
                    AddParagraphs(text, source == SegmentSources.Slide ? SegmentSources.Table : source, path, page, hidden, context, cell);
                }
            }
        }
    }

    // TextBytesAtom holds the low bytes of UTF-16 characters (Latin-1), not a code page.
    private static string? Text(PptRecord record) => record.Type switch
    {
        TextCharsAtom or CString => Encoding.Unicode.GetString(record.Data.Span[..(record.Data.Length & ~1)]),
        TextBytesAtom => Encoding.Latin1.GetString(record.Data.Span),
        _ => null,
    };

    private static void AddParagraphs(
        string text, string source, string path, int? page, bool hidden, ExtractionContext context, CellPosition? cell = null)
    {
        foreach (var paragraph in text.Split('\r', '\v'))
        {
            context.Add(new TextSegment(paragraph, source, $"{StreamName}#{path}", page, hidden, cell));
        }
    }

    // PersistDirectoryAtom entries: a persist id (20 bits) and a count (12 bits), then that many stream offsets. Later atoms win.
    private static Dictionary<uint, int> PersistOffsets(List<PptRecord> top)
    {
        var offsets = new Dictionary<uint, int>();
        foreach (var atom in top.Where(r => r.Type == PersistDirectoryAtom))
        {
            var data = atom.Data.Span;
            var position = 0;
            while (position + 4 <= data.Length)
            {
                var entry = BinaryPrimitives.ReadUInt32LittleEndian(data[position..]);
                var id = entry & 0xF_FFFF;
                var count = (int)(entry >> 20);
                position += 4;
                for (var i = 0; i < count && position + 4 <= data.Length; i++, position += 4)
                {
                    offsets[id + (uint)i] = BinaryPrimitives.ReadInt32LittleEndian(data[position..]);
                }
            }
        }

        return offsets;
    }

    /// <summary>
    /// From the slide lists' SlidePersistAtoms (persistIdRef, flags, cTexts, slideId): slide number by
    /// the stream offset of its Slide container, and the stream offset of each notes page by its notes id.
    /// </summary>
    private static (Dictionary<int, int> Slides, Dictionary<uint, int> NotesById) SlideLists(List<PptRecord> top, Dictionary<uint, int> persist)
    {
        var numbers = new Dictionary<int, int>();
        var notes = new Dictionary<uint, int>();
        foreach (var document in top.Where(r => r.Type == Document))
        {
            try
            {
                foreach (var (record, ancestors) in PowerPointRecords.Descendants(document))
                {
                    if (record.Type != SlidePersistAtom || record.Data.Length < 16 || ancestors[^1] is not { Type: SlideListWithText } list
                        || !persist.TryGetValue(BinaryPrimitives.ReadUInt32LittleEndian(record.Data.Span), out var offset))
                    {
                        continue;
                    }

                    if (list.Instance == 0)
                    {
                        numbers.TryAdd(offset, numbers.Count + 1);
                    }
                    else if (list.Instance == 2)
                    {
                        notes.TryAdd(BinaryPrimitives.ReadUInt32LittleEndian(record.Data.Span[12..]), offset);
                    }
                }
            }
            catch (InvalidDataException)
            {
                // The document's own reading reports the damage; slides after it go unnumbered.
            }
        }

        return (numbers, notes);
    }

    /// <summary>Slide number by the stream offset of a Notes container: notes may come before their slide in the stream.</summary>
    private static Dictionary<int, int> NotesPages(List<PptRecord> top, Dictionary<uint, int> notesById, Dictionary<int, int> numbers)
    {
        var pages = new Dictionary<int, int>();
        foreach (var slide in top.Where(r => r.Type == Slide))
        {
            try
            {
                if (numbers.TryGetValue(slide.Offset, out var page) && NotesOffset(slide, notesById) is { } notes)
                {
                    pages[notes] = page;
                }
            }
            catch (InvalidDataException)
            {
                // The slide's own reading reports the damage.
            }
        }

        return pages;
    }

    // SlideAtom: geom (4), rgPlaceholderTypes (8), masterIdRef (4), notesIdRef (4).
    private static int? NotesOffset(PptRecord slide, Dictionary<uint, int> notesById) =>
        PowerPointRecords.Children(slide.Data, slide.Offset + 8).FirstOrDefault(r => r.Type == SlideAtom) is { Data.Length: >= 20 } atom
        && BinaryPrimitives.ReadUInt32LittleEndian(atom.Data.Span[16..]) is var notes and not 0
        && notesById.TryGetValue(notes, out var offset)
            ? offset
            : null;
}
