using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class ClassificationMarkingDetectorTests
{
    private readonly ClassificationMarkingDetector _detector = new();

    [Theory]
    [InlineData("密等及解密條件或保密期限：機密", "機密")]
    [InlineData("密等：極機密（本件至114年12月31日解密）", "極機密")]
    [InlineData("密等及解密條件：絕對機密（永久保密）", "絕對機密")]
    [InlineData("密等：密（本件於公布後解密）", "密")]
    [InlineData("速別：最速件　密等：密件", "密")]
    [InlineData("機密等級：機密", "機密")]
    [InlineData("密　　等：極機密", "極機密")]
    public void Finds_the_classification_field(string text, string level)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(level, match.Value);
        Assert.Equal($"密等：{level}", match.Masked);
    }

    [Fact]
    public void The_field_match_covers_the_declassification_condition()
    {
        const string text = "密等：極機密（本件至114年12月31日解密）";
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(text.Length, match.Length);
    }

    [Theory]
    [InlineData("機密", "機密")]
    [InlineData("極 機 密", "極機密")]
    [InlineData("【絕對機密】", "絕對機密")]
    [InlineData("〔密〕", "密")]
    public void Finds_a_stamp_on_a_line_of_its_own(string line, string level)
    {
        var findings = SegmentDetect.Run(_detector, new TextSegment(line, SegmentSources.Header, "word/header1.xml"));
        Assert.Equal(level, Assert.Single(findings).Value);
    }

    [Fact]
    public void A_lone_secret_character_counts_at_the_top_but_not_deep_in_the_body()
    {
        var top = SegmentDetect.Lines("密\n臺北市政府　函\n主旨：檢送會議紀錄，請查照。");
        Assert.Single(SegmentDetect.Run(_detector, top));

        var body = string.Join('\n', Enumerable.Repeat("說明：依本府113年5月1日府授地字第1130123456號函辦理，請查照。", 4)) + "\n密";
        Assert.Empty(SegmentDetect.Run(_detector, SegmentDetect.Lines(body)));
    }

    [Theory]
    [InlineData("密等及解密條件或保密期限：普通")]
    [InlineData("密等及解密條件或保密期限：")]
    [InlineData("密等：限閱")] // restricts circulation; not a secrecy level of 國家機密保護法
    [InlineData("限閱")]
    [InlineData("(2)深化公務機密維護觀念")]
    [InlineData("公務員服務法第 4條第 1項及刑法第 132 條第 1項訂有保密義務相關規範，其中「應秘密」係指文書、圖畫、消息或物品等應保守之秘密者")]
    [InlineData("機密文書發文時應雙稿或分旨分文方式辦理")]
    [InlineData("避免因一時輕忽造成洩密，並加強機密資料之保護。")]
    [InlineData("密等：機密性資料應另行處理")] // prose after a label
    public void Ignores_prose_about_secrecy_and_unclassified_fields(string text) =>
        Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public async Task A_classified_letter_is_blocked_citing_the_classified_information_act()
    {
        var letter = "檔　　號：\n保存年限：\n密等及解密條件或保密期限：機密\n主旨：檢送本局資安稽核結果，請查照。\n"u8.ToArray();
        var report = await new DocumentScanner().ReportAsync(letter, "函.txt");

        Assert.Equal(Verdict.Block, report.Verdict);
        Assert.Contains("國家機密保護法", report.Reasons.Single(r => r.Code == "classified").Basis);
    }
}
