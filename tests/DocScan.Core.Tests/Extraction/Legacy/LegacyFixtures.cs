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
    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Path.Combine(Folder(), "..", "..", "Fixtures", "legacy", name));

    // The path of this file, not of the caller's: the fixtures sit beside it, and other test projects link it.
    private static string Folder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;

    public static Task<ExtractionResult> ExtractAsync(byte[] content, string name) =>
        DocumentExtractor.CreateDefault().ExtractAsync(content, name, ScanLimits.Default, CancellationToken.None);
}
