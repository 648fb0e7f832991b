using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace DocScan.SampleDocs.Ooxml;

/// <summary>
/// Checks every generated Office file against the Open XML schemas, so the samples are files Office
/// would open and not merely zips an extractor happens to accept.
/// </summary>
public static class OoxmlValidation
{
    public static void Validate(byte[] package, string label)
    {
        using var stream = new MemoryStream(package, writable: false);
        using var document = Open(stream, package);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Take(10).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{label}: invalid Open XML:\n" + string.Join("\n",
                errors.Select(e => $"  {e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        }
    }

    private static OpenXmlPackage Open(Stream stream, byte[] package) =>
        HasFolder(package, "word/") ? WordprocessingDocument.Open(stream, false)
        : HasFolder(package, "xl/") ? SpreadsheetDocument.Open(stream, false)
        : PresentationDocument.Open(stream, false);

    private static bool HasFolder(byte[] package, string folder)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(package, writable: false));
        return archive.Entries.Any(e => e.FullName.StartsWith(folder, StringComparison.Ordinal));
    }
}
