using System.IO.Compression;
using DocScan.Core.Extraction;
using DocScan.Core.Formats;

namespace DocScan.Redaction;

/// <summary>Zip archives: every member redacted by its own writer, names masked, order and timestamps kept.</summary>
internal sealed class ZipDraftWriter : IDraftWriter
{
    public bool CanWrite(FileFormat format) => format is FileFormat.Zip;

    public async Task<byte[]> WriteAsync(DraftInput input, CancellationToken cancellationToken)
    {
        using var source = new ZipArchive(ContentStream.Open(input.Content), ZipArchiveMode.Read, leaveOpen: false, Big5.Encoding);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, System.Text.Encoding.UTF8))
        {
            foreach (var entry in source.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var content = await ZipEntries.ReadAsync(entry, cancellationToken).ConfigureAwait(false);
                var isDirectory = entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\');
                var redacted = isDirectory ? content : await input.WriteNestedAsync(content, entry.FullName, cancellationToken).ConfigureAwait(false);
                await ZipEntries.WriteAsync(target, input.Plan.Apply(entry.FullName), entry.LastWriteTime, redacted, cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        return output.ToArray();
    }
}
