using DocumentFormat.OpenXml.Packaging;

namespace DocScan.Core.Extraction.OpenXml;

internal static class SharedStringSource
{
    /// <summary>
    /// The workbook's shared strings: read by the SDK when its part is whole and reached; otherwise read
    /// loosely from the damaged part, or from a table the package's structure no longer leads to, so
    /// that the cells of every sheet still show their text.
    /// </summary>
    public static SharedStringList Load(
        SharedStringTablePart? part, PackageStructure structure, ExtractionContext context, CancellationToken cancellationToken)
    {
        if (part is not null && structure.Reached(part))
        {
            return new SharedStringList(SpreadsheetText.LoadSharedStrings(part, cancellationToken), PartPaths.NameOf(part), readLoosely: false);
        }

        // Excel names it xl/sharedStrings.xml; other writers may not, so the root element decides.
        List<string> candidates = part is not null
            ? [PartPaths.NameOf(part)]
            : structure.Inventory.Entries
                .Where(name => PackageInventory.IsXml(name) && !structure.Reached(name))
                .OrderByDescending(name => name.Contains("sharedStrings", StringComparison.OrdinalIgnoreCase))
                .ToList();
        if (candidates.Count == 0)
        {
            return SharedStringList.Empty();
        }

        using var original = new OriginalParts(structure.Original, context);
        foreach (var name in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (root, tokens) = original.ReadLoosely(name);
            if (root == "sst")
            {
                return new SharedStringList(LooseSharedStrings.Read(tokens), name, readLoosely: true);
            }
        }

        return SharedStringList.Empty();
    }
}
