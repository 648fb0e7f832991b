namespace DocScan.Core.Extraction.OpenXml;

/// <summary>Where a part's walker puts segments before they reach the context (branches of alternate content are compared first).</summary>
internal static class SegmentSink
{
    public static void AddTo(this List<TextSegment> sink, ExtractionContext context)
    {
        foreach (var segment in sink)
        {
            context.Add(segment);
        }

        sink.Clear();
    }
}
