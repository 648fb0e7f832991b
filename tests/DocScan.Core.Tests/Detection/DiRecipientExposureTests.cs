using DocScan.Core.Detection;
using DocScan.Core.Policy;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Extraction.Di;

namespace DocScan.Core.Tests.Detection;

/// <summary>
/// A DI letter whose 正本, 副本 or attendees list several private persons shows each of them the others' names:
/// it must go out as one letter per person (分旨分文). Letters to agencies, or to one citizen, are no exposure.
/// </summary>
public sealed class DiRecipientExposureTests
{
    [Fact]
    public async Task Letter_copied_to_several_citizens_needs_one_letter_per_person()
    {
        var report = await ScanAsync(Letter("王小明君、李大華君、張美玲女士、陳志豪先生", "嘉禾市政府工務局"));

        var exposure = Assert.Single(report.Findings, f => f.Type == FindingTypes.RecipientExposure);
        Assert.Equal("正本/全銜", exposure.Location.Path);
        Assert.StartsWith("4 位個人受文者", exposure.Masked, StringComparison.Ordinal);
        Assert.DoesNotContain("王小明", exposure.Masked, StringComparison.Ordinal);
        Assert.Equal(Verdict.DualDraft, report.Verdict);
    }

    [Fact]
    public async Task Evaluators_invited_in_one_meeting_notice_are_an_exposure_and_a_given_name_ending_in_jun_is_kept_whole()
    {
        var report = await ScanAsync(DiLetters.MeetingNotice);

        var exposure = Assert.Single(report.Findings, f => f.Type == FindingTypes.RecipientExposure);
        Assert.Equal("出席者/全銜", exposure.Location.Path);
        Assert.StartsWith("4 位個人受文者", exposure.Masked, StringComparison.Ordinal);
        Assert.Equal(["陳怡君", "黃志偉", "吳淑芬", "劉家豪"], exposure.Value!.Split(','));
    }

    [Theory]
    [InlineData("嘉禾市政府工務局、嘉禾市政府社會局、本局養護工程科、嘉禾市立東湖國民小學", "嘉禾市議會")]
    [InlineData("王小明君", "嘉禾市政府工務局、嘉禾市政府社會局")]
    [InlineData("王小明君、李大華君", "")]
    public async Task Letters_to_agencies_or_to_fewer_than_three_persons_are_no_exposure(string original, string copy)
    {
        var report = await ScanAsync(Letter(original, copy));

        Assert.DoesNotContain(report.Findings, f => f.Type == FindingTypes.RecipientExposure);
    }

    private static Task<DocScan.Core.Reporting.ScanReport> ScanAsync(string di) =>
        new DocumentScanner(new ScanOptions { IncludeValues = true }).ReportAsync(DiLetters.Utf8(di), "公文.di");

    private static string Letter(string original, string copy) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE 函 SYSTEM "104_2_utf8.dtd">
        <函>
          <發文機關><全銜>嘉禾市東湖區公所</全銜><機關代碼>376470000A</機關代碼></發文機關>
          <受文者><全銜>如正本</全銜></受文者>
          <發文日期><年月日>中華民國115年12月6日</年月日></發文日期>
          <發文字號><字>東區民字</字><文號><年度>115</年度><流水號>1150012346</流水號></文號></發文字號>
          <速別 代碼="普通件"/>
          <密等及解密條件或保密期限><密等/></密等及解密條件或保密期限>
          <主旨><文字>有關臺端等聯名陳情本區東湖路積水一案，復如說明，請查照。</文字></主旨>
          <段落 段名="說明："><條列 序號="一、"><文字>本所已於115年11月25日會勘，將於近期改善排水設施。</文字></條列></段落>
          <正本><全銜>{original}</全銜></正本>
          <副本><全銜>{copy}</全銜></副本>
          <署名>區長　張○○</署名>
        </函>
        """;
}
