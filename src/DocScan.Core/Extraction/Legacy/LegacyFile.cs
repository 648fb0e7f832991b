using DocScan.Core.Formats;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// A legacy Office file opened as a compound file: its top-level streams and storages, read with
/// the document's size limits. A stream that cannot be read is a <see cref="ScanProblemException"/>
/// naming the stream.
/// </summary>
internal sealed class LegacyFile
{
    private readonly ReadOnlyMemory<byte> _content;

    private LegacyFile(ReadOnlyMemory<byte> content, CompoundFileDirectory directory)
    {
        _content = content;
        Directory = directory;
    }

    public CompoundFileDirectory Directory { get; }

    public static LegacyFile Open(ReadOnlyMemory<byte> content) =>
        CompoundFileDirectory.TryRead(content.Span) is { } directory
            ? new LegacyFile(content, directory)
            : throw new ScanProblemException(ProblemCodes.Corrupt, "複合文件（OLE）的目錄無法讀取，檔案可能已損毀或被截斷。");

    public CompoundFileEntry? Top(string name) => Directory.Child(Directory.Root, name);

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
