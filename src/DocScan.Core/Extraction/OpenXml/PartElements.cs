using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace DocScan.Core.Extraction.OpenXml;

internal static class PartElements
{
    /// <summary>
    /// Loads the elements of a part at <paramref name="depth"/> (0 is the root) one at a time, so memory
    /// follows the largest such element (one paragraph, one table) rather than the whole part.
    /// </summary>
    public static IEnumerable<OpenXmlElement> AtDepth(OpenXmlPart part, int depth, CancellationToken cancellationToken)
    {
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.Depth == depth && reader.LoadCurrentElement() is { } element)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return element;
            }
        }
    }
}
