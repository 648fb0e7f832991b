using DocScan.Core.Reporting;
using DocScan.Core.Scanning;

namespace DocScan.Cli.Output;

/// <summary>Writes <c>NAME.report.json</c> per document under the output folder, mirroring the scanned folder's layout.</summary>
internal sealed class ReportFiles(string directory)
{
    public async Task WriteAsync(DocumentPath document, ScanReport report, CancellationToken cancellationToken)
    {
        // Named after the report's (masked) document name: a file named after a person's ID stays masked on disk too.
        var folder = Path.GetDirectoryName(document.DisplayPath) ?? "";
        var target = Path.Combine(directory, folder, report.Document.Name + ".report.json");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Files on disk are stored reports: they never carry raw values, whatever the terminal shows.
        var stored = report with { Findings = report.Findings.Select(f => f with { Value = null }).ToList() };
        await File.WriteAllTextAsync(target, ReportJson.Serialize(stored), cancellationToken);
    }
}
