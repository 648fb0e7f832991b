using DocScan.Core.Formats;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// What a package's own structure did not lead to, reported and still read: a package whose parts
/// cannot all be reached (content types, relationships, the workbook or shared strings missing or
/// damaged) is corrupt, and the text of its orphaned and damaged parts leaves with it all the same.
/// Runs after an extractor has read what the SDK reached; nothing in the package is skipped silently.
/// </summary>
internal static class UnreachedPartsReader
{
    private const int ListedParts = 5;

    /// <param name="sharedStrings">The workbook's shared strings, for the cells of orphaned sheets; null outside workbooks.</param>
    public static async Task ReadAsync(
        PackageStructure structure, PartFailures failures, ExtractionContext context, SharedStringList? sharedStrings,
        CancellationToken cancellationToken)
    {
        var complete = Report(structure, failures, context);

        sharedStrings ??= SharedStringList.Empty();
        var looseStrings = sharedStrings.ReadLoosely ? sharedStrings.Path : null;
        var unreached = structure.Inventory.Entries.Where(name => !structure.Reached(name) && name != looseStrings).ToList();
        if (unreached.Count > 0)
        {
            using var original = new OriginalParts(structure.Original, context);
            foreach (var name in unreached)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await ReadAsync(name, original.Read(name), sharedStrings, context, cancellationToken).ConfigureAwait(false);
            }
        }

        // In a whole package every string is a cell's; in a damaged one the cells of some may be lost.
        if (!complete || sharedStrings.ReadLoosely)
        {
            ReadUnusedStrings(sharedStrings, context);
        }

        if (sharedStrings.Unresolved > 0)
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{failures.DocumentDisplay}」有 {sharedStrings.Unresolved:N0} 個儲存格的文字存放在共用字串表中，但該表已遺失或損毀，這些儲存格的內容無法檢查。");
        }
    }

    /// <summary>Reports every way the structure falls short; true when it does not.</summary>
    private static bool Report(PackageStructure structure, PartFailures failures, ExtractionContext context)
    {
        var document = failures.DocumentDisplay;
        var inventory = structure.Inventory;
        var complete = true;
        if (structure.OpenFailure is not null)
        {
            var why = !inventory.Contains(PackageInventory.ContentTypes) ? $"缺少 {PackageInventory.ContentTypes}"
                : inventory.IsMalformed(PackageInventory.ContentTypes) ? $"{PackageInventory.ContentTypes} 已損毀"
                : "內容類型或關聯設定不正確";
            Add($"「{document}」的套件結構已損毀（{why}），無法依文件結構開啟；已直接讀取其中各部分的文字檢查，收件者可能無法開啟此檔案。");
        }

        // Without [Content_Types].xml the SDK opens an empty package: every part is then an orphan below.
        IReadOnlyList<string> missing = structure.OpenFailure is null && !inventory.Contains(PackageInventory.ContentTypes)
            ? [PackageInventory.ContentTypes, .. structure.MissingParts]
            : structure.MissingParts;
        if (missing.Count > 0)
        {
            Add($"「{document}」的套件結構不完整（缺少 {List(missing)}），缺少的部分無法檢查；其餘內容已盡量讀取。");
        }

        foreach (var name in inventory.Malformed.Where(n => structure.OpenFailure is null || n != PackageInventory.ContentTypes))
        {
            Add($"「{document}」的「{name}」已損毀（XML 格式錯誤或與檢查碼不符，可能被截斷或竄改），已盡量讀取其中可辨識的文字檢查。");
        }

        // The relationships of an orphaned part are named by the part itself; when nothing could be opened, the failure says it all.
        var orphans = inventory.Entries
            .Where(name => !structure.Reached(name) && !structure.IsDamaged(name)
                && !PackageInventory.IsRelationships(name) && !PackageInventory.IsDiscarded(name))
            .ToList();
        if (structure.OpenFailure is null && orphans.Count > 0)
        {
            Add($"「{document}」的套件結構不完整，有 {orphans.Count} 個部分無法由文件結構連結到（{List(orphans)}），可能是關聯檔或上層部分遺失；已直接讀取其中的文字檢查。");
        }

        return complete;

        void Add(string message)
        {
            context.AddProblem(ProblemCodes.Corrupt, message);
            complete = false;
        }
    }

    private static async Task ReadAsync(
        string name, byte[] bytes, SharedStringList sharedStrings, ExtractionContext context, CancellationToken cancellationToken)
    {
        if (!PackageInventory.IsXml(name) && !LooseXml.LooksLikeMarkup(bytes))
        {
            // An embedded document or a program is scanned on its own, as the dispatcher sees fit; pictures
            // and bytes of no known format (fonts, printer settings) are not read in a whole package either,
            // and a VBA project is reported as a macro by the sniffer wherever it is.
            if (FormatSniffer.Sniff(bytes).Format is not (FileFormat.Image or FileFormat.Unknown)
                && !name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
            {
                await context.ExtractNestedAsync(bytes, name, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var (root, tokens) = OriginalParts.Loosely(bytes);
        switch (root)
        {
            case "Types":
                break;
            case "worksheet":
                new LooseWorksheetReader(name, sharedStrings, context).Read(tokens);
                break;
            case "sst":
                // A second table no workbook could use: every string is left over.
                ReadUnusedStrings(new SharedStringList(LooseSharedStrings.Read(tokens), name, readLoosely: true), context);
                break;
            case "Relationships":
                ReadLinkTargets(name, tokens, context);
                break;
            default:
                new LoosePartText(name, PartPlace.Of(root), context).Read(tokens);
                break;
        }
    }

    /// <summary>Strings of the table that no cell read showed: the sheets that used them may be lost.</summary>
    private static void ReadUnusedStrings(SharedStringList strings, ExtractionContext context)
    {
        if (strings.Path is not { } path)
        {
            return;
        }

        foreach (var (index, text) in strings.Unused())
        {
            context.Add(text, SegmentSources.Sheet, $"{path}#{index}", hidden: true);
        }
    }

    /// <summary>Hyperlinks and linked files of parts read without their structure, as <see cref="PackagePartsReader"/> reads them.</summary>
    private static void ReadLinkTargets(string name, IEnumerable<LooseXmlToken> tokens, ExtractionContext context)
    {
        var path = PackageInventory.SourceOf(name);
        foreach (var token in tokens.Where(t => t.Kind is LooseXmlTokenKind.Start or LooseXmlTokenKind.Empty && t.LocalName == "Relationship"))
        {
            if (string.Equals(token.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase) && token.Attribute("Target") is { } target)
            {
                context.Add(Uri.UnescapeDataString(target), SegmentSources.HiddenText, $"{path}#link", hidden: true);
            }
        }
    }

    private static string List(IReadOnlyList<string> names) =>
        names.Count <= ListedParts ? string.Join("、", names) : $"{string.Join("、", names.Take(ListedParts))}…";
}
