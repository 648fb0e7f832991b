using System.IO.Compression;
using DocScan.Core.Formats;

namespace DocScan.Redaction.Di;

/// <summary>
/// 分旨分文 for a DI package (a zip of the .di, its .sw exchange form and attachments): one package per
/// private person among the recipients, each the drafted package with its DI replaced by that person's
/// letter. The attachments stay as their own formats' writers drafted them.
/// </summary>
internal static class DiPackageSplitter
{
    /// <returns>One package per person; empty when the zip holds no single DI or its DI names no private person.</returns>
    public static async Task<List<byte[]>> SplitAsync(ReadOnlyMemory<byte> original, byte[] draft, CancellationToken cancellationToken)
    {
        using var originalZip = new ZipArchive(new MemoryStream(original.ToArray(), writable: false), ZipArchiveMode.Read);
        var letters = originalZip.Entries.Where(e => e.FullName.EndsWith(".di", StringComparison.OrdinalIgnoreCase)).ToList();
        if (letters is not [var letterEntry])
        {
            return [];
        }

        using var draftZip = new ZipArchive(new MemoryStream(draft, writable: false), ZipArchiveMode.Read);
        if (draftZip.GetEntry(letterEntry.FullName) is not { } draftedEntry)
        {
            return [];
        }

        var letter = await ZipEntries.ReadAsync(letterEntry, cancellationToken).ConfigureAwait(false);
        var drafted = await ZipEntries.ReadAsync(draftedEntry, cancellationToken).ConfigureAwait(false);
        var perPerson = DiRecipientSplitter.Split(letter, drafted, FormatSniffer.Sniff(letter).TextEncoding);
        if (perPerson.Count == 1 && ReferenceEquals(perPerson[0], drafted))
        {
            return [];
        }

        var packages = new List<byte[]>();
        foreach (var personLetter in perPerson)
        {
            using var output = new MemoryStream();
            using (var package = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in draftZip.Entries)
                {
                    var content = entry.FullName == letterEntry.FullName ? personLetter : await ZipEntries.ReadAsync(entry, cancellationToken).ConfigureAwait(false);
                    await ZipEntries.WriteAsync(package, entry.FullName, entry.LastWriteTime, content, cancellationToken).ConfigureAwait(false);
                }
            }

            packages.Add(output.ToArray());
        }

        return packages;
    }
}
