namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// What the zip of an OOXML package holds, found by <see cref="ZipGuard.CheckPackage"/> before the SDK
/// opens it: every entry, and the XML parts that are not well-formed. The SDK only sees what the
/// package's relationships lead to; this is the list to check its reach against.
/// </summary>
internal sealed class PackageInventory(IReadOnlyList<string> entries, IReadOnlySet<string> malformed)
{
    public const string ContentTypes = "[Content_Types].xml";

    // Part names compare without regard to case (ECMA-376 part 2, 6.2.2.3).
    private readonly HashSet<string> _names = new(entries, StringComparer.OrdinalIgnoreCase);

    /// <summary>Entry names as part names are written in reports: <c>word/document.xml</c>, no leading slash, folders left out.</summary>
    public IReadOnlyList<string> Entries { get; } = entries;

    public bool Contains(string name) => _names.Contains(name);

    public bool IsMalformed(string name) => malformed.Contains(name);

    public IEnumerable<string> Malformed => Entries.Where(malformed.Contains);

    /// <summary>Parts written as XML by every Office version. VML drawings are left out: Office writes them as loose HTML-like markup.</summary>
    public static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || IsRelationships(name);

    /// <summary>
    /// Office 2007 moved pieces it no longer needed to <c>[trash]/</c> instead of rewriting the zip: no
    /// relationship leads there in a whole package, so they are not orphans (their bytes are still read).
    /// </summary>
    public static bool IsDiscarded(string name) => name.StartsWith("[trash]/", StringComparison.OrdinalIgnoreCase);

    public static bool IsRelationships(string name) => name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>The part a relationships part belongs to: <c>word/_rels/document.xml.rels</c> → <c>word/document.xml</c>; "" for the package's own <c>_rels/.rels</c>.</summary>
    public static string SourceOf(string relationships)
    {
        var folder = relationships.LastIndexOf("_rels/", StringComparison.OrdinalIgnoreCase);
        return folder < 0 || !IsRelationships(relationships)
            ? ""
            : relationships[..folder] + relationships[(folder + "_rels/".Length)..^".rels".Length];
    }

    /// <summary>A zip entry name as a part name: forward slashes, no leading slash, escapes decoded.</summary>
    public static string PartName(string entryName) => Uri.UnescapeDataString(entryName.Replace('\\', '/').TrimStart('/'));
}
