using DocScan.Core.Formats;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// Reads binary Office 97–2003 files (.doc, .xls, .ppt): which one it is comes from the compound
/// file's streams, not the name. Document properties and VBA projects are read the same way for all three.
/// Embedded objects (a sheet pasted into a letter, a file packaged into a slide) are read as part of the
/// document under 「內嵌物件」; a compound file that is itself such an object (a .bin of a .docx) is
/// read through the document it wraps.
/// </summary>
internal sealed class LegacyOfficeExtractor : IDocumentExtractor
{
    public bool CanExtract(FileFormat format) => format == FileFormat.LegacyOffice;

    public Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken) =>
        ReadAsync(LegacyFile.Open(input.Content), context, cancellationToken);

    private static async Task ReadAsync(LegacyFile file, ExtractionContext context, CancellationToken cancellationToken)
    {
        ReportMacros(file, context);
        if (file.HasStream("WordDocument"))
        {
            WordBinaryReader.Read(file, context, cancellationToken);
            await ReadStoragesAsync(file, file.Storages("ObjectPool"), context, cancellationToken).ConfigureAwait(false);
        }
        else if (file.HasStream("Workbook") || file.HasStream("Book"))
        {
            ExcelBinaryReader.Read(file, context, cancellationToken);
            await ReadStoragesAsync(file, file.TopStorages("MBD"), context, cancellationToken).ConfigureAwait(false);
        }
        else if (file.HasStream("PowerPoint Document"))
        {
            var objects = PowerPointReader.Read(file, context, cancellationToken);
            await ReadObjectFilesAsync(objects, context, cancellationToken).ConfigureAwait(false);
        }
        else if (OleObjects.WrappedFile(file) is { } wrapped)
        {
            await context.ExtractNestedAsync(wrapped.Content, wrapped.Name, cancellationToken).ConfigureAwait(false);
            return;
        }
        else
        {
            context.AddProblem(ProblemCodes.Unsupported,
                "這是複合文件（OLE）格式，但不是 Word、Excel 或 PowerPoint 97–2003 文件，也不是可讀取的內嵌物件（例如 Outlook .msg），內容無法檢查；請由人工檢查。");
            return;
        }

        LegacyProperties.Read(file, context);
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

    /// <summary>Each object storage is read as a document of its own, one level deeper, as 內嵌物件1, 內嵌物件2…</summary>
    private static async Task ReadStoragesAsync(
        LegacyFile file, List<CompoundFileEntry> storages, ExtractionContext context, CancellationToken cancellationToken)
    {
        for (var i = 0; i < storages.Count; i++)
        {
            var name = OleObjects.Name(i + 1);
            var storage = file.Storage(storages[i]);
            await context.ReadNestedAsync(name, async nested =>
            {
                try
                {
                    await ReadAsync(storage, nested, cancellationToken).ConfigureAwait(false);
                }
                catch (ScanProblemException problem)
                {
                    nested.Problems.Add(problem.ToProblem() with { Message = $"「{name}」：{problem.Message}" });
                }
            }).ConfigureAwait(false);
        }
    }

    private static async Task ReadObjectFilesAsync(List<byte[]> objects, ExtractionContext context, CancellationToken cancellationToken)
    {
        for (var i = 0; i < objects.Count; i++)
        {
            await context.ExtractNestedAsync(objects[i], OleObjects.Name(i + 1), cancellationToken).ConfigureAwait(false);
        }
    }
}
