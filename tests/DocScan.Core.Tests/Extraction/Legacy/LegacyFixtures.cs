using System.Runtime.CompilerServices;
using DocScan.Core.Extraction;
using DocScan.Core.Scanning;

namespace DocScan.Core.Tests.Extraction.Legacy;

/// <summary>
/// Fixtures/legacy/: sample-docs/ documents converted by LibreOffice 7.4
/// (<c>soffice --headless --convert-to doc|xls|ppt</c>), checked in so the tests do not need LibreOffice.
/// </summary>
internal static class LegacyFixtures
{
    public static byte[] Bytes(string name, [CallerFilePath] string thisFile = "") =>
        File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "Fixtures", "legacy", name));

    public static Task<ExtractionResult> ExtractAsync(byte[] content, string name) =>
        DocumentExtractor.CreateDefault().ExtractAsync(content, name, ScanLimits.Default, CancellationToken.None);
}
