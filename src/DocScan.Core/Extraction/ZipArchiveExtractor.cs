using System.IO.Compression;
using DocScan.Core.Formats;
using DocScan.Core.Scanning;

namespace DocScan.Core.Extraction;

/// <summary>
/// Scans every member of a zip archive as a document of its own. A member that cannot be read is a
/// problem and the others are still scanned; a suspected zip bomb stops the archive.
/// </summary>
public sealed class ZipArchiveExtractor : IDocumentExtractor
{
    private const long Megabyte = 1024 * 1024;

    public bool CanExtract(FileFormat format) => format is FileFormat.Zip;

    public async Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        // Zips made by the Windows shell on Taiwanese systems store names in Big5 without the UTF-8 flag.
        using var archive = ZipGuard.Open(input.Content, context, Big5.Encoding);
        var display = context.PathPrefix + input.Name;
        var limits = context.Limits;
        if (ExtensionFamilies.ClaimsOfficePackage(input.Name))
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{display}」的副檔名是 Office 文件，內容卻只是一般壓縮檔（沒有 [Content_Types].xml 或 mimetype 等套件結構），收件者無法開啟；已逐一檢查其中的檔案。");
        }

        foreach (var entry in archive.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsDirectory(entry))
            {
                continue;
            }

            if (Unreadable(entry, limits) is var (code, reason))
            {
                // The name is stored in the clear and may itself carry personal data.
                context.Add(entry.FullName, SegmentSources.Attachment, entry.FullName);
                context.AddProblem(code, $"「{display}!/{entry.FullName}」{reason}");
                continue;
            }

            ReadOnlyMemory<byte> content;
            try
            {
                (content, var intact) = ZipGuard.ReadEntry(entry, context, cancellationToken);
                if (!intact)
                {
                    context.AddProblem(ProblemCodes.Corrupt,
                        $"「{display}!/{entry.FullName}」的資料與其檢查碼（CRC-32）不符，已在傳送或儲存時損毀；已盡量檢查其內容，請取得完整檔案後重新送掃。");
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                context.Add(entry.FullName, SegmentSources.Attachment, entry.FullName);
                context.AddProblem(ProblemCodes.Corrupt,
                    $"「{display}!/{entry.FullName}」無法解壓縮（資料已損毀或使用不支援的壓縮方式），未掃描。");
                continue;
            }

            await context.ExtractNestedAsync(content, entry.FullName, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsDirectory(ZipArchiveEntry entry) =>
        entry.Length == 0 && (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'));

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
