using System.IO.Compression;
using DocScan.Core.Scanning;

namespace DocScan.Core.Extraction;

/// <summary>
/// The members of one zip archive being scanned: reads each through <see cref="ZipGuard"/>, reports
/// those that cannot be read, and remembers which have been taken so none is scanned twice.
/// </summary>
internal sealed class ZipMembers(ZipArchive archive, ExtractionContext context, string display)
{
    private const long Megabyte = 1024 * 1024;

    private readonly HashSet<ZipArchiveEntry> _taken = [];

    public ZipArchive Archive => archive;

    public bool IsTaken(ZipArchiveEntry entry) => _taken.Contains(entry);

    public void Take(ZipArchiveEntry entry) => _taken.Add(entry);

    public static bool IsDirectory(ZipArchiveEntry entry) =>
        entry.Length == 0 && (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'));

    /// <summary>The member's bytes; null, with a problem (and its name as a segment), when it cannot be read.</summary>
    public ReadOnlyMemory<byte>? Read(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        if (Unreadable(entry, context.Limits) is var (code, reason))
        {
            // The name is stored in the clear and may itself carry personal data.
            context.Add(entry.FullName, SegmentSources.Attachment, entry.FullName);
            context.AddProblem(code, $"「{display}」內「{entry.FullName}」{reason}");
            return null;
        }

        try
        {
            var (content, intact) = ZipGuard.ReadEntry(entry, context, cancellationToken);
            if (!intact)
            {
                context.AddProblem(ProblemCodes.Corrupt,
                    $"「{display}」內「{entry.FullName}」的資料與其檢查碼（CRC-32）不符，已在傳送或儲存時損毀；已盡量檢查其內容，請取得完整檔案後重新送掃。");
            }

            return content;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            context.Add(entry.FullName, SegmentSources.Attachment, entry.FullName);
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{display}」內「{entry.FullName}」無法解壓縮（資料已損毀或使用不支援的壓縮方式），未掃描。");
            return null;
        }
    }

    /// <summary>Why a member is skipped before decompressing it; null when it can be read.</summary>
    private static (string Code, string Reason)? Unreadable(ZipArchiveEntry entry, ScanLimits limits)
    {
        if (entry.IsEncrypted)
        {
            return (ProblemCodes.Encrypted, "以密碼加密，無法檢查內容；請解除密碼後重新送掃。");
        }

        // A declared size can understate (the bounded read catches that) but an honest large one needs no reading.
        if (entry.Length > limits.MaxDocumentBytes)
        {
            return (ProblemCodes.TooLarge,
                $"大小 {entry.Length / Megabyte:N0} MB，超過 {limits.MaxDocumentBytes / Megabyte:N0} MB 上限，未掃描。");
        }

        return null;
    }
}
