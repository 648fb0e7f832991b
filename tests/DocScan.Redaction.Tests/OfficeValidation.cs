using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MimeKit;

namespace DocScan.Redaction.Tests;

/// <summary>
/// Office files in a draft (also inside zips and e-mails) must pass the Open XML SDK validator: no repair
/// prompt when opened. A draft made from another program's file (LibreOffice's conversion of a .doc) may keep
/// that file's own slips, found by validating it too, and add none.
/// </summary>
internal static class OfficeValidation
{
    public static async Task AssertValidAsync(byte[] content, string name, byte[]? baseline = null)
    {
        if (name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase))
        {
            using var message = await MimeMessage.LoadAsync(new MemoryStream(content));
            foreach (var part in message.BodyParts.OfType<MimePart>().Where(p => p.FileName is not null))
            {
                using var decoded = new MemoryStream();
                await part.Content!.DecodeToAsync(decoded);
                await AssertValidAsync(decoded.ToArray(), part.FileName!);
            }

            return;
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".zip")
        {
            using var archive = new ZipArchive(new MemoryStream(content));
            foreach (var entry in archive.Entries)
            {
                using var copy = new MemoryStream();
                await using (var stream = entry.Open())
                {
                    await stream.CopyToAsync(copy);
                }

                await AssertValidAsync(copy.ToArray(), entry.FullName);
            }

            return;
        }

        var known = baseline is null ? [] : Errors(baseline, extension).Select(e => (e.Part, e.Description)).ToHashSet();
        var errors = Errors(content, extension).Where(e => !known.Contains((e.Part, e.Description))).ToList();
        Assert.True(errors.Count == 0, $"{name}: " + string.Join("\n", errors.Take(10).Select(e => $"{e.Part} {e.XPath}: {e.Description}")));
    }

    private static List<(string? Part, string? XPath, string Description)> Errors(byte[] content, string extension)
    {
        using OpenXmlPackage? package = extension switch
        {
            ".docx" => WordprocessingDocument.Open(new MemoryStream(content), false),
            ".xlsx" => SpreadsheetDocument.Open(new MemoryStream(content), false),
            ".pptx" => PresentationDocument.Open(new MemoryStream(content), false),
            _ => null,
        };
        return package is null
            ? []
            : new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(package).Select(e => (e.Part?.Uri.ToString(), e.Path?.XPath, e.Description)).ToList();
    }
}
