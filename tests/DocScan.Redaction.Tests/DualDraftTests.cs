using System.Text;
using System.Text.Json;
using DocScan.Core.Policy;
using DocScan.Redaction;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocScan.Redaction.Tests;

/// <summary>雙稿: the full draft and the code map stay internal; the release draft names evaluators only by code.</summary>
public sealed class DualDraftTests
{
    private static readonly ScanRules Rules = ScanRules.Default with { Evaluators = ["林志明", "陳美玲", "黃國華"] };

    [Fact]
    public async Task Evaluators_become_codes_in_the_release_draft_and_only_the_internal_package_maps_them()
    {
        var docx = WordBuilder.Build((_, main) => main.Document.Body!.Append(
            Paragraph("主旨：檢送本局114年度垃圾清運勞務採購案評選會議紀錄，請查照。"),
            new Table(
                new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }),
                new TableGrid(new GridColumn { Width = "2000" }, new GridColumn { Width = "2000" }, new GridColumn { Width = "2000" }),
                Row("職稱", "姓名", "評分"),
                Row("召集人", "林志明", "85"),
                Row("委員", "陳美玲", "88"),
                Row("委員", "黃國華", "90")),
            Paragraph("說明：林志明委員另提書面意見，併案處理。")));

        var result = await new DraftService(new DocumentScanner(new ScanOptions { Rules = Rules })).CreateDraftsAsync(docx, "評選會議紀錄.docx");

        Assert.Equal(DraftStatus.Offered, result.Status);
        var release = Assert.Single(result.Files, f => f.Audience == DraftAudience.Release);
        Assert.Equal("release/評選會議紀錄.release.docx", release.Path);
        var text = string.Concat(await IndependentReader.ReadAsync(release.Content, release.Path));
        Assert.DoesNotContain("林志明", text);
        Assert.DoesNotContain("陳美玲", text);
        Assert.Contains("委員A委員另提書面意見", text);
        Assert.Contains("委員C", text);
        await OfficeValidation.AssertValidAsync(release.Content, release.Path);

        var internalFiles = result.Files.Where(f => f.Audience == DraftAudience.Internal).ToList();
        Assert.Equal(docx, Assert.Single(internalFiles, f => f.Kind == "full").Content);
        var map = Assert.Single(internalFiles, f => f.Kind == "evaluator-codes");
        using var codes = JsonDocument.Parse(map.Content);
        Assert.Equal(
            ["委員A=林志明", "委員B=陳美玲", "委員C=黃國華"],
            codes.RootElement.GetProperty("codes").EnumerateArray().Select(c => $"{c.GetProperty("code")}={c.GetProperty("name")}"));

        var summary = Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Audience == DraftAudience.Report).Content);
        Assert.DoesNotContain("林志明", summary);
    }

    [Fact]
    public async Task A_redact_verdict_masks_evaluators_instead_of_coding_them()
    {
        var rules = Rules with { Policy = new Dictionary<string, Verdict> { ["evaluator-name"] = Verdict.Redact } };
        var text = Encoding.UTF8.GetBytes("說明：出席人員黃國華建議增設分類回收站。\n");

        var (result, draft) = await DraftTestSupport.DraftAsync(text, "會議紀錄.txt", rules);

        Assert.Equal("說明：出席人員○○○建議增設分類回收站。\n", Encoding.UTF8.GetString(draft));
        Assert.DoesNotContain(result.Files, f => f.Audience == DraftAudience.Internal);
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(Paragraph(c))));
}
