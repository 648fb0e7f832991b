using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static DocScan.Redaction.Tests.DraftTestSupport;

namespace DocScan.Redaction.Tests;

/// <summary>Word drafts: the accepted, visible text, masked across runs with each run's formatting kept, everywhere the text can be.</summary>
public sealed class WordDraftTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Clean = "主旨：檢送本局一一四年度業務座談會議紀錄一份，請查照。";

    [Fact]
    public async Task An_id_split_over_runs_is_masked_in_each_run_and_the_formatting_stays()
    {
        var docx = WordBuilder.Build((_, main) => main.Document.Body!.Append(
            Paragraph(Clean),
            new Paragraph(
                new Run(new Text("受查詢人身分證統一編號")),
                new Run(new RunProperties(new Bold()), new Text("F15")),
                new Run(new RunProperties(new Italic()), new Text("2601")),
                new Run(new RunProperties(new Underline { Val = UnderlineValues.Single }), new Text("819")),
                new Run(new Text("，請依規定辦理。")))));

        var (_, draft) = await DraftAsync(docx, "職務報告.docx");

        var runs = Part(draft, "word/document.xml").Descendants(W + "r").ToList();
        Assert.Equal("○○○", Text(runs.Single(r => r.Descendants(W + "b").Any())));
        Assert.Equal("○○○○", Text(runs.Single(r => r.Descendants(W + "i").Any())));
        Assert.Equal("○○○", Text(runs.Single(r => r.Descendants(W + "u").Any())));
        Assert.Contains(runs, r => Text(r) == Clean);
        Assert.Contains(runs, r => Text(r) == "，請依規定辦理。");
        await AssertNoneOfAsync(draft, "職務報告.docx", "F152601819");
        await OfficeValidation.AssertValidAsync(draft, "職務報告.docx");
    }

    [Fact]
    public async Task The_release_draft_is_the_accepted_visible_text_without_comments_hidden_text_or_personal_properties()
    {
        var docx = WordBuilder.Build((document, main) =>
        {
            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments(new Comment(Paragraph("請核對 A166131861 的戶籍資料")) { Id = "1", Author = "王承辦", Initials = "王" });
            main.Document.Body!.Append(
                Paragraph(Clean),
                new Paragraph(
                    new CommentRangeStart { Id = "1" },
                    new Run(new Text("說明：陳情人前已補正資料。")),
                    new CommentRangeEnd { Id = "1" },
                    new Run(new CommentReference { Id = "1" })),
                new Paragraph(
                    new Run(new Text("受查詢人")),
                    new DeletedRun(new Run(new DeletedText("H259083019"))) { Id = "2", Author = "林科員", Date = DateTime.UtcNow },
                    new InsertedRun(new Run(new Text("資料已補正"))) { Id = "3", Author = "林科員", Date = DateTime.UtcNow }),
                new Paragraph(
                    new Run(new Text("備註：")),
                    new Run(new RunProperties(new Vanish()), new Text("E209139090"))));
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(new DocumentVariables(new DocumentVariable { Name = "案號", Val = "T196030828" }));
            document.PackageProperties.Creator = "R246281946";
            document.PackageProperties.LastModifiedBy = "林科員";
        });

        var (result, draft) = await DraftAsync(docx, "陳情案簽稿.docx");

        var body = Part(draft, "word/document.xml");
        Assert.DoesNotContain(body.Descendants(), e => e.Name.LocalName is "ins" or "del" or "delText" or "commentReference" or "commentRangeStart" or "vanish");
        Assert.Contains(body.Descendants(W + "t"), t => t.Value == "資料已補正");
        Assert.Contains(body.Descendants(W + "t"), t => t.Value == Clean);
        Assert.False(HasPart(draft, "word/comments.xml"));
        var core = CoreProperties(draft);
        Assert.DoesNotContain(core.Descendants(), e => e.Name.LocalName is "creator" or "lastModifiedBy");
        Assert.Contains(result.Notes, n => n.Contains("追蹤修訂") && n.Contains("註解") && n.Contains("隱藏文字") && n.Contains("文件變數"));
        await AssertNoneOfAsync(draft, "陳情案簽稿.docx", "A166131861", "H259083019", "E209139090", "T196030828", "R246281946", "林科員", "王承辦");
        await OfficeValidation.AssertValidAsync(draft, "陳情案簽稿.docx");
    }

    [Fact]
    public async Task Headers_footnotes_and_field_codes_are_masked_too()
    {
        var docx = WordBuilder.Build((_, main) =>
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph("承辦人 黃建國　身分證 T196030828"));
            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes(new Footnote(Paragraph("陳情人身分證統一編號 K182199353。")) { Id = 1 });
            main.Document.Body!.Append(
                Paragraph(Clean),
                new Paragraph(
                    new Run(new Text("聯絡方式")),
                    new Run(new FootnoteReference { Id = 1 }),
                    new SimpleField(new Run(new Text("點此寫信"))) { Instruction = " HYPERLINK \"mailto:chunchieh.wu@example.com\" " }),
                new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) }));
        });

        var (_, draft) = await DraftAsync(docx, "陳情書.docx");

        Assert.Contains("○○○○○○○○○○", Part(draft, "word/header1.xml").Root!.Value);
        Assert.Contains("○○○○○○○○○○", Part(draft, "word/footnotes.xml").Root!.Value);
        await AssertNoneOfAsync(draft, "陳情書.docx", "T196030828", "K182199353", "chunchieh.wu@example.com");
        await OfficeValidation.AssertValidAsync(draft, "陳情書.docx");
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static string Text(XElement run) => string.Concat(run.Descendants(W + "t").Select(t => t.Value));
}
