using DocScan.Core.Formats;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// Reads binary Office 97–2003 files (.doc, .xls, .ppt): which one it is comes from the compound
/// file's streams, not the name. Document properties and VBA projects are read the same way for all three.
/// </summary>
internal sealed class LegacyOfficeExtractor : IDocumentExtractor
{
    public bool CanExtract(FileFormat format) => format == FileFormat.LegacyOffice;

    public Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        var file = LegacyFile.Open(input.Content);
        ReportMacros(file, context);
        if (file.HasStream("WordDocument"))
        {
            WordBinaryReader.Read(file, context, cancellationToken);
            ReportEmbeddedObjects(file, "ObjectPool", context);
        }
        else if (file.HasStream("Workbook") || file.HasStream("Book"))
        {
            ExcelBinaryReader.Read(file, input.Content, context, cancellationToken);
        }
        else if (file.HasStream("PowerPoint Document"))
        {
            PowerPointReader.Read(file, context, cancellationToken);
        }
        else
        {
            context.AddProblem(ProblemCodes.Unsupported,
                "這是複合文件（OLE）格式，但不是 Word、Excel 或 PowerPoint 97–2003 文件（例如 Outlook .msg），內容無法檢查；請由人工檢查。");
            return Task.CompletedTask;
        }

        LegacyProperties.Read(file, context);
        return Task.CompletedTask;
    }

    // Word keeps its VBA project in Macros/, Excel in _VBA_PROJECT_CUR/; PowerPoint's sits inside its record stream.
    private static void ReportMacros(LegacyFile file, ExtractionContext context)
    {
        foreach (var storage in new[] { "Macros", "_VBA_PROJECT_CUR" })
        {
            if (file.Top(storage) is { Kind: CompoundFileEntryKind.Storage } entry && file.Directory.Children(entry).Count > 0)
            {
                context.AddActiveContent(ActiveContentKinds.Vba, storage);
            }
        }
    }

    /// <summary>Embedded objects (a sheet pasted into a letter) are documents of their own that this reader does not open.</summary>
    private static void ReportEmbeddedObjects(LegacyFile file, string storage, ExtractionContext context)
    {
        if (file.Top(storage) is { Kind: CompoundFileEntryKind.Storage } pool
            && file.Directory.Children(pool).Count(e => e.Kind == CompoundFileEntryKind.Storage) is var count and > 0)
        {
            context.AddProblem(ProblemCodes.Unsupported,
                $"文件內嵌了 {count} 個物件（例如貼上的試算表），其內容未能檢查；請由人工檢查或另存為新版格式後重新送掃。");
        }
    }
}
