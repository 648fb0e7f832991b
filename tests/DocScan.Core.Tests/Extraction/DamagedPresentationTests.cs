using DocScan.Core.Policy;
using DocScan.Core.Tests.Support;
using static DocScan.Core.Tests.Extraction.DamageablePackage;

namespace DocScan.Core.Tests.Extraction;

/// <summary>
/// A 個資保護稽核 briefing that lost or damaged one part: corrupt, never released, and the ID on its
/// slide and in its speaker notes still found.
/// </summary>
public sealed class DamagedPresentationTests
{
    private const string Name = "業務簡報-個資保護稽核.pptx";
    private const string Slide2 = "ppt/slides/slide2.xml";
    private const string Notes = "ppt/notesSlides/notesSlide1.xml";
    private const string P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private static readonly string ComplainantId = IdFactory.Complete("F15260181");
    private static readonly string AuditedClerkId = IdFactory.Complete("H25908301");

    private static readonly DamageablePackage Briefing = new(
        ("[Content_Types].xml", ContentTypes(
            ("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
            ("ppt/slides/slide1.xml", "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"),
            (Slide2, "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"),
            (Notes, "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"))),
        ("_rels/.rels", RelationshipsPart(("rId1", "officeDocument", "ppt/presentation.xml"))),
        ("ppt/presentation.xml", $"""<p:presentation xmlns:p="{P}" xmlns:r="{Relationships}"><p:sldIdLst><p:sldId id="256" r:id="rId1"/><p:sldId id="257" r:id="rId2"/></p:sldIdLst></p:presentation>"""),
        ("ppt/_rels/presentation.xml.rels", RelationshipsPart(("rId1", "slide", "slides/slide1.xml"), ("rId2", "slide", "slides/slide2.xml"))),
        ("ppt/slides/slide1.xml", Slide("113年度個資保護稽核業務簡報", "臺北市政府資訊局")),
        (Slide2, Slide("稽核發現", $"受稽核承辦人 {AuditedClerkId} 之電腦存有未加密名冊", "改善建議：名冊應加密並定期清查")),
        ("ppt/slides/_rels/slide2.xml.rels", RelationshipsPart(("rId1", "notesSlide", "../notesSlides/notesSlide1.xml"))),
        (Notes, Slide($"陳情人身分證 {ComplainantId}，勿於簡報中提及。").Replace("p:sld ", "p:notes ").Replace("</p:sld>", "</p:notes>")));

    [Fact]
    public async Task Whole_briefing_is_read_without_problems()
    {
        var report = await DamagedPackageScan.ScanAsync(Briefing.Build(), Name);

        Assert.Empty(report.Problems);
        Assert.Equal(Verdict.Redact, report.Verdict);
        Assert.Contains(report.Findings, f => f.Value == ComplainantId && f.Location.Path == Notes && f.Hidden);
    }

    // The notes were released: every part was still reachable but the notes, and nothing said so.
    [Fact]
    public async Task Notes_the_slide_no_longer_relates_to_are_orphans_and_still_read()
    {
        var report = await DamagedPackageScan.ScanAsync(Briefing.Without("ppt/slides/_rels/slide2.xml.rels").Build(), Name);

        report.AssertCorruptAndFound("national-id", ComplainantId, Notes);
        Assert.True(Assert.Single(report.Findings, f => f.Value == ComplainantId).Hidden);
        Assert.Contains(report.Problems, p => p.Message.Contains($"無法由文件結構連結到（{Notes}）", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[Content_Types].xml")]
    [InlineData("_rels/.rels")]
    [InlineData("ppt/presentation.xml")]
    [InlineData("ppt/_rels/presentation.xml.rels")]
    public async Task Briefing_without_a_structural_part_is_corrupt_and_its_slides_are_still_read(string part)
    {
        var report = await DamagedPackageScan.ScanAsync(Briefing.Without(part).Build(), Name);

        report.AssertCorruptAndFound("national-id", AuditedClerkId, Slide2);
        report.AssertCorruptAndFound("national-id", ComplainantId, Notes);
    }

    [Fact]
    public async Task Slide_broken_before_a_paragraph_still_gives_the_text_after_the_damage()
    {
        var package = Briefing.BrokenBefore(Slide2, "<a:p><a:r><a:t>受稽核承辦人");

        var report = await DamagedPackageScan.ScanAsync(package.Build(), Name);

        report.AssertCorruptAndFound("national-id", AuditedClerkId, Slide2);
        report.AssertCorruptAndFound("national-id", ComplainantId, Notes);
        Assert.Single(report.Findings, f => f.Value == AuditedClerkId);
        Assert.Contains(report.Problems, p => p.Message.Contains($"「{Slide2}」已損毀", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Truncated_notes_give_the_text_before_the_cut()
    {
        var package = Briefing.TruncatedBefore(Notes, "，勿於簡報中提及");

        var report = await DamagedPackageScan.ScanAsync(package.Build(), Name);

        report.AssertCorruptAndFound("national-id", ComplainantId, Notes);
    }

    private static string Slide(params string[] paragraphs) =>
        $"""<p:sld xmlns:p="{P}" xmlns:a="{A}"><p:cSld><p:spTree><p:sp><p:txBody><a:bodyPr/>"""
        + string.Concat(paragraphs.Select(p => $"<a:p><a:r><a:t>{p}</a:t></a:r></a:p>"))
        + "</p:txBody></p:sp></p:spTree></p:cSld></p:sld>";
}
