using DocScan.Core.Extraction;

namespace DocScan.Core.Detection.Common;

/// <summary>
/// Active content anywhere in the document tree: VBA projects, OLE packages, programs. It never
/// leaves through this channel (seed case 5: ransomware arrives this way; 資通安全管理法).
/// </summary>
internal sealed class MacroDetector : IDocumentDetector
{
    public string Id => "macro";

    public string FindingType => FindingTypes.Macro;

    public IEnumerable<Finding> Detect(ExtractionResult document)
    {
        foreach (var content in document.ActiveContent)
        {
            // Nothing of it is text anyone reads: the finding points at the part itself.
            var segment = new TextSegment(content.Path, SegmentSources.Metadata, content.Path, Hidden: true);
            yield return new Finding(FindingType, Id, content.Path, Describe(content.Kind), 0.99, segment, 0, content.Path.Length);
        }
    }

    private static string Describe(string kind) => kind switch
    {
        ActiveContentKinds.Vba => "VBA 巨集專案",
        ActiveContentKinds.OlePackage => "內嵌 OLE 套件",
        ActiveContentKinds.Executable => "可執行程式",
        ActiveContentKinds.OdfMacro => "LibreOffice 巨集（Basic 或指令碼）",
        _ => "可執行內容",
    };
}
