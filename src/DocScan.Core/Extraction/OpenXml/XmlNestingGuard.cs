using System.Xml;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// Refuses XML nested deeper than any real document: the OpenXml SDK and the walkers here follow
/// nesting by recursion, and a stack overflow ends the process instead of raising an exception.
/// </summary>
internal static class XmlNestingGuard
{
    // Real documents stay below about a hundred levels (tables in tables in text boxes included).
    private const int MaxDepth = 512;

    /// <summary>
    /// Reads <paramref name="stream"/> as XML as far as it goes and tells whether it is well-formed;
    /// only excessive nesting is refused here. What is not XML (a picture, an embedded file) is not
    /// well-formed either: whether that matters is the caller's call.
    /// </summary>
    public static bool Check(Stream stream, string name)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };

        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.Depth > MaxDepth)
                {
                    throw new ScanProblemException(ProblemCodes.Corrupt,
                        $"「{name}」的 XML 巢狀超過 {MaxDepth} 層，疑似惡意構造的檔案，未掃描。");
                }
            }

            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
