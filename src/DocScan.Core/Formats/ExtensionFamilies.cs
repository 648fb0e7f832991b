namespace DocScan.Core.Formats;

/// <summary>Which formats a file name's extension promises; unknown extensions promise nothing.</summary>
internal static class ExtensionFamilies
{
    // OOXML is a zip: a damaged package without any of its family's parts sniffs as a plain zip, and
    // the zip extractor reports what is wrong with it; calling that a lying extension adds nothing.
    private static readonly Dictionary<string, FileFormat[]> Claims = Build(
        ([".docx", ".docm", ".dotx", ".dotm"], [FileFormat.Docx, FileFormat.Docm, FileFormat.EncryptedOffice, FileFormat.Zip]),
        ([".xlsx", ".xlsm", ".xltx", ".xltm"], [FileFormat.Xlsx, FileFormat.Xlsm, FileFormat.EncryptedOffice, FileFormat.Zip]),
        ([".pptx", ".pptm", ".potx", ".potm", ".ppsx", ".ppsm"], [FileFormat.Pptx, FileFormat.Pptm, FileFormat.EncryptedOffice, FileFormat.Zip]),
        // Outlook's .msg is a CFB container too, so it sniffs as legacy Office.
        ([".doc", ".dot", ".xls", ".xlt", ".ppt", ".pot", ".pps", ".msg"], [FileFormat.LegacyOffice, FileFormat.EncryptedOffice]),
        // ODF packages are zips too (see OOXML above); flat ODF is XML, which reads as text when damaged.
        ([".odt", ".ott"], [FileFormat.Odt, FileFormat.Zip]),
        ([".ods", ".ots"], [FileFormat.Ods, FileFormat.Zip]),
        ([".odp", ".otp"], [FileFormat.Odp, FileFormat.Zip]),
        ([".fodt"], [FileFormat.Odt, FileFormat.Text]),
        ([".fods"], [FileFormat.Ods, FileFormat.Text]),
        ([".fodp"], [FileFormat.Odp, FileFormat.Text]),
        ([".pdf"], [FileFormat.Pdf]),
        // A message saved as text and text that reads as a message both open fine where they land.
        ([".eml"], [FileFormat.Eml, FileFormat.Text]),
        ([".txt", ".csv", ".tsv", ".md", ".log", ".json", ".html", ".htm"], [FileFormat.Text, FileFormat.Eml]),
        // A DI or exchange form saved as .xml is still what it says; an .xml that is neither is plain text.
        ([".xml"], [FileFormat.Text, FileFormat.Eml, FileFormat.Di, FileFormat.Sw]),
        // Document-management systems name the exchange form .sw and the letter .di, and sometimes swap what they hold.
        ([".di", ".sw"], [FileFormat.Di, FileFormat.Sw]),
        ([".zip"], [FileFormat.Zip]),
        ([".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp"], [FileFormat.Image]),
        ([".exe", ".dll", ".msi", ".scr", ".com"], [FileFormat.Executable]));

    /// <summary>The lower-case extension when it claims a family <paramref name="actual"/> is not in.</summary>
    public static string? Mismatch(string name, FileFormat actual)
    {
        var extension = Path.GetExtension(name);
        return Claims.TryGetValue(extension, out var allowed) && !allowed.Contains(actual)
            ? extension.ToLowerInvariant()
            : null;
    }

    /// <summary>Whether the name promises an Office Open XML or ODF package (.docx, .xlsx, .pptx, .odt, .ods, .odp and their kin).</summary>
    public static bool ClaimsOfficePackage(string name) =>
        Claims.TryGetValue(Path.GetExtension(name), out var allowed)
        && allowed.Contains(FileFormat.Zip)
        && allowed.Any(format => format is FileFormat.Docx or FileFormat.Xlsx or FileFormat.Pptx or FileFormat.Odt or FileFormat.Ods or FileFormat.Odp);

    private static Dictionary<string, FileFormat[]> Build(params (string[] Extensions, FileFormat[] Formats)[] families)
    {
        var claims = new Dictionary<string, FileFormat[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (extensions, formats) in families)
        {
            foreach (var extension in extensions)
            {
                claims.Add(extension, formats);
            }
        }

        return claims;
    }
}
