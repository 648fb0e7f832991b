using System.Text;
using DocScan.Redaction;
using DocScan.Core.Rules;
using static DocScan.Redaction.Tests.DraftTestSupport;

namespace DocScan.Redaction.Tests;

/// <summary>Text drafts keep their encoding and byte order mark; masks follow the rules file's style.</summary>
public sealed class TextDraftTests
{
    private const string Notice = "主旨：檢送申請人資料，請查照。\n申請人身分證統一編號：F152601819\n說明：依據本府函辦理。\n";

    [Theory]
    [InlineData(MaskStyle.Circle, false, "申請人身分證統一編號：○○○○○○○○○○")]
    [InlineData(MaskStyle.Asterisk, false, "申請人身分證統一編號：＊＊＊＊＊＊＊＊＊＊")]
    [InlineData(MaskStyle.Label, false, "申請人身分證統一編號：〔身分證統一編號〕")]
    [InlineData(MaskStyle.Circle, true, "申請人身分證統一編號：F15****819")]
    public async Task The_mask_follows_the_rules_file(MaskStyle style, bool partialIds, string expected)
    {
        var rules = ScanRules.Default with { Redaction = new RedactionRules { MaskStyle = style, PartialIds = partialIds } };

        var (_, draft) = await DraftAsync(Encoding.UTF8.GetBytes(Notice), "通知.txt", rules);

        Assert.Equal(Notice.Replace("申請人身分證統一編號：F152601819", expected), Encoding.UTF8.GetString(draft));
    }

    [Fact]
    public async Task Big5_files_stay_big5()
    {
        var big5 = Encoding.GetEncoding(950);

        var (_, draft) = await DraftAsync(big5.GetBytes(Notice), "舊系統匯出.txt");

        Assert.Equal(Notice.Replace("F152601819", "○○○○○○○○○○"), big5.GetString(draft));
    }

    [Fact]
    public async Task Utf16_files_keep_their_byte_order_mark()
    {
        var content = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Notice)).ToArray();

        var (_, draft) = await DraftAsync(content, "名冊.csv");

        Assert.Equal([0xFF, 0xFE], draft[..2]);
        Assert.Equal(Notice.Replace("F152601819", "○○○○○○○○○○"), Encoding.Unicode.GetString(draft[2..]));
    }

    [Fact]
    public async Task A_full_width_id_is_masked_where_it_is_written()
    {
        var text = "申請人身分證統一編號：Ｆ１５２６０１８１９，住址詳如附件。\n";

        var (_, draft) = await DraftAsync(Encoding.UTF8.GetBytes(text), "申請書.txt");

        Assert.Equal("申請人身分證統一編號：○○○○○○○○○○，住址詳如附件。\n", Encoding.UTF8.GetString(draft));
    }

    [Fact]
    public async Task A_zip_is_redacted_member_by_member_names_included()
    {
        var zip = ZipBuilder.BuildText(
            ("F152601819-申請書.txt", Notice),
            ("說明.txt", "本件附件共二份，請查收。\n"));

        var (_, draft) = await DraftAsync(zip, "陳情案附件.zip");

        await AssertNoneOfAsync(draft, "陳情案附件.zip", "F152601819");
        var texts = await IndependentReader.ReadAsync(draft, "陳情案附件.zip");
        Assert.Contains(texts, t => t == "○○○○○○○○○○-申請書.txt");
        Assert.Contains(texts, t => t.Contains("本件附件共二份，請查收。"));
    }

    [Fact]
    public async Task Release_documents_get_no_draft_and_unscannable_ones_are_refused()
    {
        var service = new DraftService(new DocumentScanner());

        var clean = await service.CreateDraftsAsync(Encoding.UTF8.GetBytes("主旨：本局停車場收費調整，請查照。\n"), "公告.txt");
        var unreadable = await service.CreateDraftsAsync(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 }, "舊版公文.doc");

        Assert.Equal(DraftStatus.NotNeeded, clean.Status);
        Assert.Equal(DraftStatus.Refused, unreadable.Status);
        Assert.All([clean, unreadable], r => Assert.Equal("summary", Assert.Single(r.Files).Kind));
        Assert.NotEmpty(unreadable.Problems);
    }
}
