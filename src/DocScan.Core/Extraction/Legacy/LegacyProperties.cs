namespace DocScan.Core.Extraction.Legacy;

/// <summary>The document properties of a binary Office file (author, last saved by, title, company…), all hidden metadata.</summary>
internal static class LegacyProperties
{
    private static readonly (string Stream, IReadOnlyDictionary<uint, string> Names)[] Streams =
    [
        ("\u0005SummaryInformation", new Dictionary<uint, string>
        {
            [2] = "title", [3] = "subject", [4] = "author", [5] = "keywords", [6] = "comments", [7] = "template", [8] = "lastAuthor", [9] = "revision", [18] = "application",
        }),
        ("\u0005DocumentSummaryInformation", new Dictionary<uint, string>
        {
            [2] = "category", [14] = "manager", [15] = "company",
        }),
    ];

    private static string Name(IReadOnlyDictionary<uint, string> names, uint id) =>
        id >= PropertySetReader.UserDefined ? $"custom{id - PropertySetReader.UserDefined}"
        : names.GetValueOrDefault(id) ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static void Read(LegacyFile file, ExtractionContext context)
    {
        foreach (var (stream, names) in Streams)
        {
            if (file.Read(stream, optional: true) is not { } bytes)
            {
                continue;
            }

            var path = LegacyFile.Printable(stream);
            try
            {
                foreach (var (id, value) in PropertySetReader.Read(bytes))
                {
                    context.Add(value, SegmentSources.Metadata, $"{path}#{Name(names, id)}", hidden: true);
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or ArgumentException)
            {
                context.AddProblem(ProblemCodes.Corrupt, $"文件摘要資訊（{path}）無法讀取，作者等文件屬性未能檢查。");
            }
        }
    }
}
