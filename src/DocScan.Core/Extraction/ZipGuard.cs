using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using DocScan.Core.Extraction.OpenXml;

namespace DocScan.Core.Extraction;

/// <summary>
/// Reads zip archives (plain zips and OOXML packages) without trusting what they declare: the entry
/// count, every entry's real decompressed length and its compression ratio are checked against
/// <see cref="ExtractionContext.Limits"/> while the bytes are decompressed, so a zip bomb stops after a
/// bounded amount of work with a <see cref="ProblemCodes.TooLarge"/> problem. Every entry read to its end
/// is checked against its CRC-32, which .NET does not do: a bit flipped in transit can inflate without
/// error into different text (a namespace one letter off makes a whole worksheet unreadable to the SDK).
/// </summary>
internal static class ZipGuard
{
    // Small parts of real documents (styles, runs of empty cells) compress far beyond any sane ratio;
    // only a large expansion can hurt.
    private const long RatioFloorBytes = 1024 * 1024;

    private const int ChunkBytes = 80 * 1024;

    /// <summary>
    /// Opens <paramref name="content"/> as a zip after checking its declared entry count, then checks
    /// the real count. Throws <see cref="ScanProblemException"/> (too-large) when there are too many.
    /// A malformed zip throws <see cref="InvalidDataException"/>.
    /// </summary>
    /// <param name="entryNameEncoding">For names stored without the UTF-8 flag.</param>
    public static ZipArchive Open(ReadOnlyMemory<byte> content, ExtractionContext context, System.Text.Encoding? entryNameEncoding = null)
    {
        // The declared count is read before the central directory is parsed into objects, so a
        // directory of millions of entries is refused without allocating them.
        var declared = DeclaredEntryCount(content.Span);
        if (declared > context.Limits.MaxEntries)
        {
            throw TooManyEntries(declared, context);
        }

        ZipArchive archive;
        try
        {
            // The central directory is read on first use of Entries: do it here, where damage is expected.
            archive = new ZipArchive(ContentStream.Open(content), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding);
            _ = archive.Entries;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new ScanProblemException(ProblemCodes.Corrupt, "壓縮檔已損毀或被截斷（無法讀取檔案目錄），無法檢查內容。");
        }

        if (archive.Entries.Count > context.Limits.MaxEntries)
        {
            var count = archive.Entries.Count;
            archive.Dispose();
            throw TooManyEntries(count, context);
        }

        return archive;
    }

    /// <summary>
    /// Opens the decompressed bytes of <paramref name="entry"/> as a stream that charges every byte
    /// read to the document's expansion budget and throws a too-large <see cref="ScanProblemException"/>
    /// as soon as the entry expands beyond the allowed ratio. Declared sizes are not trusted.
    /// </summary>
    public static GuardedEntryStream OpenEntry(ZipArchiveEntry entry, ExtractionContext context, CancellationToken cancellationToken) =>
        new(entry, context, cancellationToken);

    /// <summary>Copies an entry through <see cref="OpenEntry"/>; returns its real decompressed length.</summary>
    public static long CopyEntry(ZipArchiveEntry entry, Stream destination, ExtractionContext context, CancellationToken cancellationToken)
    {
        using var source = OpenEntry(entry, context, cancellationToken);
        source.CopyTo(destination);
        return source.Position;
    }

    /// <summary>
    /// Decompresses one entry into memory through <see cref="OpenEntry"/>, also refusing one that grows
    /// past the largest document accepted. Data that does not inflate throws <see cref="InvalidDataException"/>;
    /// data that inflates but fails its CRC-32 comes back with <c>Intact</c> false.
    /// </summary>
    public static (ReadOnlyMemory<byte> Content, bool Intact) ReadEntry(ZipArchiveEntry entry, ExtractionContext context, CancellationToken cancellationToken)
    {
        using var source = OpenEntry(entry, context, cancellationToken);
        // The declared length only sizes the first buffer, never more than one chunk of it.
        using var target = new MemoryStream((int)Math.Clamp(entry.Length, 0, ChunkBytes));
        var buffer = new byte[ChunkBytes];
        int read;
        while ((read = source.Read(buffer, 0, ChunkBytes)) > 0)
        {
            target.Write(buffer, 0, read);
            if (target.Length > context.Limits.MaxDocumentBytes)
            {
                throw new ScanProblemException(ProblemCodes.TooLarge,
                    $"壓縮項目「{entry.FullName}」解壓縮後超過 {context.Limits.MaxDocumentBytes / (1024 * 1024):N0} MB 上限（疑似壓縮炸彈），未能完整掃描。");
            }
        }

        return (new ReadOnlyMemory<byte>(target.GetBuffer(), 0, (int)target.Length), source.ChecksumMatches);
    }

    /// <summary>
    /// Decompresses every entry of an OOXML package once, before a parser that knows no limits opens
    /// it: zip limits as in <see cref="OpenEntry"/>, and XML nesting, which the OpenXml SDK follows by
    /// recursion until the process dies (<see cref="XmlNestingGuard"/>). Returns what the package holds,
    /// with the XML parts that are not well-formed: the SDK would fail on them halfway through a read.
    /// </summary>
    internal static PackageInventory CheckPackage(ReadOnlyMemory<byte> content, ExtractionContext context, CancellationToken cancellationToken)
    {
        using var archive = Open(content, context);
        var entries = new List<string>();
        var malformed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in archive.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var stream = OpenEntry(entry, context, cancellationToken);
            var wellFormed = XmlNestingGuard.Check(stream, entry.FullName);
            stream.CopyTo(Stream.Null);
            wellFormed &= stream.ChecksumMatches;
            var name = PackageInventory.PartName(entry.FullName);
            if (name.Length == 0 || name.EndsWith('/'))
            {
                continue;
            }

            entries.Add(name);
            if (!wellFormed && PackageInventory.IsXml(name))
            {
                malformed.Add(name);
            }
        }

        return new PackageInventory(entries, malformed);
    }

    private static ScanProblemException TooManyEntries(long count, ExtractionContext context) =>
        new(ProblemCodes.TooLarge,
            $"壓縮檔內有 {count:N0} 個項目，超過 {context.Limits.MaxEntries:N0} 個上限（疑似壓縮炸彈），未掃描。");

    /// <summary>The entry count in the end-of-central-directory record (zip64 aware); 0 when there is none.</summary>
    private static long DeclaredEntryCount(ReadOnlySpan<byte> zip)
    {
        const int EndRecordLength = 22;
        const int Zip64EndRecordLength = 56;
        const uint EndSignature = 0x06054b50;
        const uint Zip64LocatorSignature = 0x07064b50;
        const uint Zip64EndSignature = 0x06064b50;

        var lowest = Math.Max(0, zip.Length - EndRecordLength - ushort.MaxValue);
        for (var at = zip.Length - EndRecordLength; at >= lowest; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[at..]) != EndSignature)
            {
                continue;
            }

            long count = BinaryPrimitives.ReadUInt16LittleEndian(zip[(at + 10)..]);
            var locator = at - 20;
            if (count == ushort.MaxValue && locator >= 0
                && BinaryPrimitives.ReadUInt32LittleEndian(zip[locator..]) == Zip64LocatorSignature)
            {
                var offset = BinaryPrimitives.ReadUInt64LittleEndian(zip[(locator + 8)..]);
                if (offset <= (ulong)Math.Max(0, zip.Length - Zip64EndRecordLength)
                    && BinaryPrimitives.ReadUInt32LittleEndian(zip[(int)offset..]) == Zip64EndSignature)
                {
                    count = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(zip[((int)offset + 32)..]), long.MaxValue);
                }
            }

            return count;
        }

        return 0;
    }

    /// <summary>An entry's decompressed bytes, charged to the document's budget and checked against the entry's CRC-32.</summary>
    public sealed class GuardedEntryStream(ZipArchiveEntry entry, ExtractionContext context, CancellationToken cancellationToken) : Stream
    {
        private readonly Stream _inner = entry.Open();
        private readonly double _maxExpanded = Math.Max(entry.CompressedLength, 1) * context.Limits.MaxCompressionRatio;
        private readonly Crc32 _crc = new();
        private long _read;
        private bool _ended;

        /// <summary>Whether the bytes read so far match the entry's CRC-32; true until the end has been read.</summary>
        public bool ChecksumMatches => !_ended || _crc.GetCurrentHashAsUInt32() == entry.Crc32;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = _inner.Read(buffer);
            _read += read;
            _crc.Append(buffer[..read]);
            _ended |= read == 0 && buffer.Length > 0;
            context.ChargeExpandedBytes(read);
            if (_read > RatioFloorBytes && _read > _maxExpanded)
            {
                throw new ScanProblemException(ProblemCodes.TooLarge,
                    $"壓縮項目「{entry.FullName}」解壓縮後超過原大小 {context.Limits.MaxCompressionRatio:N0} 倍（疑似壓縮炸彈），未掃描。");
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
