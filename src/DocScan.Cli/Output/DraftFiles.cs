using DocScan.Redaction;
using DocScan.Core.Scanning;

namespace DocScan.Cli.Output;

/// <summary>Writes a document's draft package under the output folder, mirroring the input folder's layout.</summary>
internal sealed class DraftFiles(string directory)
{
    public async Task<IReadOnlyList<string>> WriteAsync(DocumentPath document, DraftResult result, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(directory, Path.GetDirectoryName(document.DisplayPath) ?? "");
        var written = new List<string>();
        foreach (var file in result.Files)
        {
            var target = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, file.Content, cancellationToken);
            written.Add(target);
        }

        return written;
    }
}
