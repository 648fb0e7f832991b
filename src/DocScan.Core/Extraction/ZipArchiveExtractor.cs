using System.IO.Compression;
using DocScan.Core.Extraction.Packages;
using DocScan.Core.Formats;

namespace DocScan.Core.Extraction;

/// <summary>
/// Scans every member of a zip archive as a document of its own. A member that cannot be read is a
/// problem and the others are still scanned; a suspected zip bomb stops the archive. The archive is
/// also a package: a DI inside takes the attachments it declares from the members beside it, and
/// those are scanned as part of the DI rather than again on their own.
/// </summary>
internal sealed class ZipArchiveExtractor : IDocumentExtractor
{
    public bool CanExtract(FileFormat format) => format is FileFormat.Zip;

    public async Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        // Zips made by the Windows shell on Taiwanese systems store names in Big5 without the UTF-8 flag.
        using var archive = ZipGuard.Open(input.Content, context, Big5.Encoding);
        var display = context.DocumentWords(input.Name);
        if (ExtensionFamilies.ClaimsOfficePackage(input.Name))
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{display}」的副檔名是 Office 文件，內容卻只是一般壓縮檔（沒有 [Content_Types].xml 或 mimetype 等套件結構），收件者無法開啟；已逐一檢查其中的檔案。");
        }

        var members = new ZipMembers(archive, context, display);
        foreach (var entry in DocumentsFirst(archive.Entries))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ZipMembers.IsDirectory(entry) || members.IsTaken(entry))
            {
                continue;
            }

            members.Take(entry);
            if (members.Read(entry, cancellationToken) is not { } content)
            {
                continue;
            }

            await context.ExtractNestedAsync(content, entry.FullName, cancellationToken, new ZipPackageFiles(members, entry))
                .ConfigureAwait(false);
        }
    }

    /// <summary>
    /// DIs first, so the attachments they declare are scanned as theirs, not before them on their own.
    /// By name only: this orders, it decides nothing; a DI named otherwise still finds its attachments.
    /// </summary>
    private static IEnumerable<ZipArchiveEntry> DocumentsFirst(IEnumerable<ZipArchiveEntry> entries) =>
        entries.OrderBy(e => Path.GetExtension(e.FullName).Equals(".di", StringComparison.OrdinalIgnoreCase) ? 0 : 1);
}
