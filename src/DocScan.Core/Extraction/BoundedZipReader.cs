using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace DocScan.Core.Extraction;

/// <summary>
/// Opens zips (archives and OOXML packages alike) and reads their entries without trusting any size
/// the archive declares: every byte the decompressor really produces is counted against the entry's
/// ratio, the largest document, and the budget shared by the whole document tree.
/// </summary>
internal static class BoundedZipReader
{
    private const int ChunkBytes = 80 * 1024;

    /// <summary>Below this, ratios are not judged: a page of repeated spaces compresses 500:1 and harms nobody.</summary>
    private const long RatioFloorBytes = 1024 * 1024;

    private const long Megabyte = 1024 * 1024;

    /// <summary>Opens the archive; a damaged or truncated one becomes a corrupt problem.</summary>
    /// <param name="entryNameEncoding">For names stored without the UTF-8 flag.</param>
    public static ZipArchive Open(ReadOnlyMemory<byte> content, Encoding? entryNameEncoding = null)
    {
        ZipArchive? archive = null;
        try
        {
            archive = new ZipArchive(ContentStream.Open(content), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding);
            // The central directory is read on first use of Entries: do it here, where damage is expected.
            _ = archive.Entries;
            return archive;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            archive?.Dispose();
            throw new ScanProblemException(ProblemCodes.Corrupt,
                "壓縮檔已損毀或被截斷（無法讀取檔案目錄），無法檢查內容。");
        }
    }

    /// <summary>
    /// Decompresses one entry, charging every byte to <paramref name="context"/>. Throws
    /// <see cref="ScanProblemException"/> (too-large) when the entry outgrows its compressed size by
    /// more than the allowed ratio or the largest document, or the tree's budget runs out;
    /// <see cref="InvalidDataException"/> when the entry's data is damaged.
    /// </summary>
    public static ReadOnlyMemory<byte> ReadEntry(ZipArchiveEntry entry, ExtractionContext context, CancellationToken cancellationToken)
    {
        using var source = entry.Open();
        // The declared length only sizes the first buffer, never more than one chunk of it.
        using var target = new MemoryStream((int)Math.Clamp(entry.Length, 0, ChunkBytes));
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = source.Read(buffer, 0, ChunkBytes)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                context.ChargeExpandedBytes(read);
                target.Write(buffer, 0, read);
                CheckExpansion(entry, target.Length, context);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new ReadOnlyMemory<byte>(target.GetBuffer(), 0, (int)target.Length);
    }

    private static void CheckExpansion(ZipArchiveEntry entry, long expanded, ExtractionContext context)
    {
        var limits = context.Limits;
        if (expanded > limits.MaxDocumentBytes)
        {
            throw new ScanProblemException(ProblemCodes.TooLarge,
                $"壓縮項目「{entry.FullName}」解壓縮後超過 {limits.MaxDocumentBytes / Megabyte:N0} MB 上限（疑似壓縮炸彈），未能完整掃描。");
        }

        if (expanded > RatioFloorBytes && expanded > Math.Max(entry.CompressedLength, 1) * limits.MaxCompressionRatio)
        {
            throw new ScanProblemException(ProblemCodes.TooLarge,
                $"壓縮項目「{entry.FullName}」解壓縮後膨脹超過 {limits.MaxCompressionRatio:N0} 倍（疑似壓縮炸彈），未能完整掃描。");
        }
    }
}
