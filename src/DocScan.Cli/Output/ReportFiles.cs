using DocScan.Core.Reporting;
using DocScan.Core.Scanning;

namespace DocScan.Cli.Output;

/// <summary>
/// Writes <c>NAME.report.json</c> per document under the output folder, mirroring the scanned folder's
/// layout, and <c>NAME.report.html</c> beside it when asked.
/// </summary>
internal sealed class ReportFiles(string directory, bool html = false)
{
    public const string JsonSuffix = ".report.json";
    public const string HtmlSuffix = ".report.html";

    /// <returns>The JSON report's path.</returns>
    public async Task<string> WriteAsync(DocumentPath document, ScanReport report, CancellationToken cancellationToken)
    {
        // Named after the report's (masked) document name: a file named after a person's ID stays masked on disk too.
        var folder = Path.GetDirectoryName(document.DisplayPath) ?? "";
        var target = Path.Combine(directory, folder, report.Document.Name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Files on disk are stored reports: they never carry raw values, whatever the terminal shows.
        var stored = report with { Findings = report.Findings.Select(f => f with { Value = null }).ToList() };
        await File.WriteAllTextAsync(target + JsonSuffix, ReportJson.Serialize(stored), cancellationToken);
        if (html)
        {
            await File.WriteAllTextAsync(target + HtmlSuffix, ReportHtml.Render(stored), cancellationToken);
        }

        return target + JsonSuffix;
    }
}
