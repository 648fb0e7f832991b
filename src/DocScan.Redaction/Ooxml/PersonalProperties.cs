using System.Xml.Linq;

namespace DocScan.Redaction.Ooxml;

/// <summary>
/// People's names Office writes into document properties (File → Info): the author, who saved it last,
/// the manager. Word's "remove personal information" takes out the same ones.
/// </summary>
internal static class PersonalProperties
{
    private static readonly XNamespace Core = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Extended = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

    public static bool Remove(XDocument document, DraftInput input)
    {
        var root = document.Root;
        var personal = root?.Name == Core + "coreProperties"
            ? root.Elements().Where(e => e.Name == DublinCore + "creator" || e.Name == Core + "lastModifiedBy").ToList()
            : root?.Name == Extended + "Properties"
                ? root.Elements(Extended + "Manager").ToList()
                : [];
        if (personal.Count == 0)
        {
            return false;
        }

        personal.Remove();
        input.Log.Note($"「{input.Display}」：已移除文件屬性中的作者、最後修改者與管理者。");
        return true;
    }
}
