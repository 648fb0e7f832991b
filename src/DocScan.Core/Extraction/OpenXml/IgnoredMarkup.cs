using DocumentFormat.OpenXml;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// Elements the SDK does not know (an ignorable extension, or markup out of place): Office skips
/// them with their content, so their text is never seen, yet it leaves with the file.
/// </summary>
internal static class IgnoredMarkup
{
    public static void Add(OpenXmlUnknownElement element, string path, int? page, List<TextSegment> sink) =>
        sink.Add(new TextSegment(element.InnerText, SegmentSources.HiddenText, path, page, Hidden: true));
}
