using System.Text;
using DocScan.Core.Reporting;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;

namespace DocScan.Core.Tests.Support;

/// <summary>Scans a plain-text letter through the whole pipeline, one segment per line.</summary>
public static class ScanText
{
    public static Task<ScanReport> Lines(params string[] lines) => Lines(ScanRules.Default, lines);

    public static Task<ScanReport> Lines(ScanRules rules, params string[] lines) =>
        new DocumentScanner(new ScanOptions { Rules = rules, IncludeValues = true })
            .ReportAsync(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "公文.txt");
}
