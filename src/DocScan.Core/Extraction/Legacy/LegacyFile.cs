using DocScan.Core.Formats;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// A legacy Office file opened as a compound file: its top-level streams and storages, read with
/// the document's size limits; or one storage inside it (an embedded object), seen the same way.
/// A stream that cannot be read is a <see cref="ScanProblemException"/> naming the stream.
/// </summary>
internal sealed class LegacyFile
{
    private readonly ReadOnlyMemory<byte> _content;
    private readonly CompoundFileEntry _root;

    private LegacyFile(ReadOnlyMemory<byte> content, CompoundFileDirectory directory, CompoundFileEntry root)
    {
        _content = content;
        Directory = directory;
        _root = root;
    }

    public CompoundFileDirectory Directory { get; }

    public static LegacyFile Open(ReadOnlyMemory<byte> content) =>
        CompoundFileDirectory.TryRead(content.Span) is { } directory
            ? new LegacyFile(content, directory, directory.Root)
            : throw new ScanProblemException(ProblemCodes.Corrupt, "複合文件（OLE）的目錄無法讀取，檔案可能已損毀或被截斷。");

    /// <summary>A storage of this file seen as a file of its own: an embedded object keeps its document in one.</summary>
    public LegacyFile Storage(CompoundFileEntry storage) => new(_content, Directory, storage);

    /// <summary>The storages directly inside <paramref name="name"/> (none when it is missing).</summary>
    public List<CompoundFileEntry> Storages(string name) =>
        Top(name) is { Kind: CompoundFileEntryKind.Storage } parent
            ? Directory.Children(parent).Where(e => e.Kind == CompoundFileEntryKind.Storage).ToList()
            : [];

    /// <summary>The storages at this file's top whose names start with <paramref name="prefix"/> (Excel's MBD… objects).</summary>
    public List<CompoundFileEntry> TopStorages(string prefix) =>
        Directory.Children(_root).Where(e => e.Kind == CompoundFileEntryKind.Storage && e.Name.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    public CompoundFileEntry? Top(string name) => Directory.Child(_root, name);

    public bool HasStream(string name) => Top(name) is { Kind: CompoundFileEntryKind.Stream };

    /// <summary>A top-level stream's bytes; a missing stream is null only when <paramref name="optional"/>.</summary>
    public byte[]? Read(string name, bool optional = false)
    {
        if (Top(name) is not { Kind: CompoundFileEntryKind.Stream } entry)
        {
            return optional ? null : throw new ScanProblemException(ProblemCodes.Corrupt, $"找不到「{Printable(name)}」資料流，檔案可能已損毀。");
        }

        return Read(entry);
    }

    public byte[] Read(CompoundFileEntry entry)
    {
        // A stream cannot hold more than the file, so no length in the file allocates more than the file's size.
        if (entry.Size > (ulong)_content.Length)
        {
            throw new ScanProblemException(ProblemCodes.Corrupt,
                $"「{Printable(entry.Name)}」資料流宣告的大小超過檔案本身（檔案可能被截斷）。");
        }

        try
        {
            return Directory.ReadStream(_content.Span, entry, _content.Length);
        }
        catch (InvalidDataException)
        {
            throw new ScanProblemException(ProblemCodes.Corrupt,
                $"「{Printable(entry.Name)}」資料流的磁區鏈不完整（檔案可能被截斷或損毀），無法讀取。");
        }
    }

    /// <summary>Property-set streams start with a control character (\u0005SummaryInformation).</summary>
    public static string Printable(string name) => name.TrimStart('\u0001', '\u0005');
}
