using DocScan.Core.Detection.Common;
using DocScan.Core.Detection;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Rules;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class MacroDetectorTests
{
    private readonly MacroDetector _detector = new();

    [Fact]
    public void Reports_each_active_content_entry_as_hidden_metadata()
    {
        var document = SegmentDetect.Document(
            [new TextSegment("主旨：檢送報表，請查照。", SegmentSources.Body, "word/document.xml")],
            [
                new ActiveContent(ActiveContentKinds.Vba, "報告.docm!/word/vbaProject.bin"),
                new ActiveContent(ActiveContentKinds.OlePackage, "報告.docm!/word/embeddings/oleObject1.bin"),
                new ActiveContent(ActiveContentKinds.Executable, "附件.zip!/setup.exe"),
            ]);

        var findings = _detector.Detect(document).ToList();

        Assert.Equal(["VBA 巨集專案", "內嵌 OLE 套件", "可執行程式"], findings.Select(f => f.Masked));
        Assert.Equal(["報告.docm!/word/vbaProject.bin", "報告.docm!/word/embeddings/oleObject1.bin", "附件.zip!/setup.exe"],
            findings.Select(f => f.Value));
        Assert.All(findings, f =>
        {
            Assert.Equal(FindingTypes.Macro, f.Type);
            Assert.True(f.Segment.Hidden);
            Assert.Equal(SegmentSources.Metadata, f.Segment.Source);
            Assert.Equal(f.Value, f.Segment.Path);
            Assert.Equal(f.Segment.Text.Length, f.Length);
        });
    }

    [Fact]
    public void A_document_without_active_content_has_no_finding()
    {
        var document = SegmentDetect.Document([new TextSegment("巨集（Macro）使用說明：請勿開啟來路不明之巨集。", SegmentSources.Body, "p")]);
        Assert.Empty(_detector.Detect(document));
    }

    [Fact]
    public void A_macro_blocks_the_document_citing_the_cyber_security_act()
    {
        var document = SegmentDetect.Document([], [new ActiveContent(ActiveContentKinds.Vba, "報表.xlsm")]);
        var (verdict, reasons) = VerdictPolicy.Decide(_detector.Detect(document).ToList(), [], ScanRules.Default);
        Assert.Equal(Verdict.Block, verdict);
        Assert.Contains("資通安全管理法", Assert.Single(reasons).Basis);
        Assert.Contains("隱藏內容", reasons[0].Message);
    }
}
