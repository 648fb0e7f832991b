using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Threaded = DocumentFormat.OpenXml.Office2019.Excel.ThreadedComments;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// Copies of data a workbook keeps out of sight: pivot caches (every source row, even after the source
/// sheet was deleted), cached values of linked workbooks, string constants of defined names, and the
/// people (names, e-mail addresses) behind threaded comments. All hidden.
/// </summary>
internal static class WorkbookHiddenDataReader
{
    public static void Read(WorkbookPart workbook, ExtractionContext context, CancellationToken cancellationToken)
    {
        ReadDefinedNames(workbook, context);
        foreach (var definition in workbook.PivotTableCacheDefinitionParts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadPivotCache(definition, context, cancellationToken);
        }

        foreach (var link in workbook.ExternalWorkbookParts)
        {
            var path = PartPaths.PathOf(link);
            foreach (var value in link.ExternalLink?.Descendants<Xstring>() ?? [])
            {
                context.Add(value.Text, SegmentSources.HiddenText, path, hidden: true);
            }
        }

        foreach (var persons in workbook.WorkbookPersonParts)
        {
            var path = PartPaths.PathOf(persons);
            foreach (var person in persons.PersonList?.Elements<Threaded.Person>() ?? [])
            {
                context.Add(person.DisplayName?.Value ?? "", SegmentSources.Metadata, $"{path}#displayName", hidden: true);
                context.Add(person.UserId?.Value ?? "", SegmentSources.Metadata, $"{path}#userId", hidden: true);
            }
        }
    }

    private static void ReadDefinedNames(WorkbookPart workbook, ExtractionContext context)
    {
        if (workbook.Workbook?.DefinedNames is not { } names)
        {
            return;
        }

        var path = PartPaths.PathOf(workbook);
        foreach (var name in names.Elements<DefinedName>())
        {
            if (QuotedLiteral.IsIn(name.Text))
            {
                context.Add(name.Text, SegmentSources.HiddenText, $"{path}#definedName:{name.Name?.Value}", hidden: true);
            }
        }
    }

    private static void ReadPivotCache(PivotTableCacheDefinitionPart definition, ExtractionContext context, CancellationToken cancellationToken)
    {
        var path = PartPaths.PathOf(definition);
        foreach (var field in definition.PivotCacheDefinition?.CacheFields?.Elements<CacheField>() ?? [])
        {
            context.Add(field.Name?.Value ?? "", SegmentSources.HiddenText, path, hidden: true);
            foreach (var item in field.SharedItems?.Elements<StringItem>() ?? [])
            {
                context.Add(item.Val?.Value ?? "", SegmentSources.HiddenText, path, hidden: true);
            }
        }

        if (definition.PivotTableCacheRecordsPart is not { } records)
        {
            return;
        }

        // One segment per source row; values that point into shared items (x) were reported above.
        var recordsPath = PartPaths.PathOf(records);
        foreach (var record in PartElements.AtDepth(records, 1, cancellationToken))
        {
            var values = record.ChildElements.Select(item => item switch
            {
                StringItem text => text.Val?.Value,
                NumberItem number => number.Val?.InnerText,
                _ => null,
            });
            context.Add(string.Join("\t", values), SegmentSources.HiddenText, recordsPath, hidden: true);
        }
    }
}
