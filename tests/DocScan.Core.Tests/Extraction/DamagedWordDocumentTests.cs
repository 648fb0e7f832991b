using DocScan.Core.Policy;
using DocScan.Core.Tests.Support;
using static DocScan.Core.Tests.Extraction.DamageablePackage;

namespace DocScan.Core.Tests.Extraction;

/// <summary>
/// A 中低收入戶資格審查 letter that lost or damaged one part: corrupt, never released, and the IDs in
/// its body table and its comment still found.
/// </summary>
public sealed class DamagedWordDocumentTests
{
    private const string Name = "中低收入戶資格審查結果通知.docx";
    private const string Body = "word/document.xml";
    private const string Comments = "word/comments.xml";
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly string ApplicantId = IdFactory.Complete("F15260181");
    private static readonly string PetitionerId = IdFactory.Complete("H25908301");

    private static readonly DamageablePackage Letter = new(
        ("[Content_Types].xml", ContentTypes(
            (Body, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            (Comments, "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"),
            ("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))),
        ("_rels/.rels", RelationshipsPart(("rId1", "officeDocument", Body), ("rId2", "core-properties", "docProps/core.xml"))),
        (Body, $"""
            <w:document xmlns:w="{W}"><w:body>
            <w:p><w:r><w:t>臺北市政府社會局　函</w:t></w:r></w:p>
            <w:p><w:r><w:t>主旨：有關　台端申請中低收入戶資格一案，復如說明，請查照。</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>姓名</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>身分證統一編號</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p><w:r><w:t>王小明</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{ApplicantId[..4]}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{ApplicantId[4..]}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:t>說明：經審查符合資格，自113年7月起核予生活扶助。</w:t></w:r></w:p>
            </w:body></w:document>
            """),
        ("word/_rels/document.xml.rels", RelationshipsPart(("rId1", "comments", "comments.xml"), ("rId2", "theme", "theme/theme1.xml"))),
        (Comments, $"""<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="李科長"><w:p><w:r><w:t>陳情人 {PetitionerId}，請核對。</w:t></w:r></w:p></w:comment></w:comments>"""),
        ("word/theme/theme1.xml", """<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 佈景主題"><a:themeElements><a:clrScheme name="Office"/></a:themeElements></a:theme>"""),
        ("docProps/core.xml", """<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>社會局社會救助科</dc:creator></cp:coreProperties>"""));

    [Fact]
    public async Task Whole_letter_is_read_without_problems()
    {
        var report = await DamagedPackageScan.ScanAsync(Letter.Build(), Name);

        Assert.Empty(report.Problems);
        Assert.Equal(Verdict.Redact, report.Verdict);
        Assert.Contains(report.Findings, f => f.Value == ApplicantId && f.Location.Path == Body);
        Assert.Contains(report.Findings, f => f.Value == PetitionerId && f.Location.Path == Comments);
    }

    [Theory]
    [InlineData("[Content_Types].xml")]
    [InlineData("_rels/.rels")]
    [InlineData("word/_rels/document.xml.rels")]
    [InlineData("word/theme/theme1.xml")]
    [InlineData("docProps/core.xml")]
    public async Task Letter_without_a_part_is_corrupt_and_its_text_is_still_read(string part)
    {
        var report = await DamagedPackageScan.ScanAsync(Letter.Without(part).Build(), Name);

        report.AssertCorruptAndFound("national-id", ApplicantId, Body);
        report.AssertCorruptAndFound("national-id", PetitionerId, Comments);
    }

    // Read without its structure, the table still gives the name its column header (姓名).
    [Fact]
    public async Task Table_read_without_the_structure_keeps_its_column_headers()
    {
        var report = await DamagedPackageScan.ScanAsync(Letter.Without("[Content_Types].xml").Build(), Name);

        report.AssertCorruptAndFound("person-name", "王小明", Body);
        var id = Assert.Single(report.Findings, f => f.Value == ApplicantId);
        Assert.Equal("table", id.Location.Source);
    }

    [Fact]
    public async Task Comments_the_body_no_longer_relates_to_are_orphans_and_still_read()
    {
        var report = await DamagedPackageScan.ScanAsync(Letter.Without("word/_rels/document.xml.rels").Build(), Name);

        report.AssertCorruptAndFound("national-id", PetitionerId, Comments);
        var comment = Assert.Single(report.Findings, f => f.Value == PetitionerId);
        Assert.True(comment.Hidden);
        Assert.Contains(report.Problems, p => p.Message.Contains($"無法由文件結構連結到（{Comments}、word/theme/theme1.xml）", StringComparison.Ordinal));
    }

    // A records system wrote the petitioner's data into the package, and no relationship leads to it.
    [Fact]
    public async Task Part_nothing_relates_to_is_an_orphan_and_still_read()
    {
        var package = Letter.With("customXml/item9.xml", $"<申請資料><姓名>陳美玲</姓名><身分證>{PetitionerId}</身分證></申請資料>");

        var report = await DamagedPackageScan.ScanAsync(package.Build(), Name);

        report.AssertCorruptAndFound("national-id", PetitionerId, "customXml/item9.xml");
        Assert.Contains(report.Problems, p => p.Message.Contains("有 1 個部分無法由文件結構連結到（customXml/item9.xml）", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pieces_office_discarded_to_trash_are_no_damage()
    {
        var report = await DamagedPackageScan.ScanAsync(Letter.With("[trash]/0000.dat", new byte[64]).Build(), Name);

        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task Missing_body_still_leaves_the_comment_to_be_read()
    {
        var report = await DamagedPackageScan.ScanAsync(Letter.Without(Body).Build(), Name);

        report.AssertCorruptAndFound("national-id", PetitionerId, Comments);
        Assert.Contains(report.Problems, p => p.Message.Contains($"缺少 {Body}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Body_broken_before_the_table_still_gives_the_id_after_the_damage()
    {
        var package = Letter.BrokenBefore(Body, "<w:tbl>");

        var report = await DamagedPackageScan.ScanAsync(package.Build(), Name);

        report.AssertCorruptAndFound("national-id", ApplicantId, Body);
        report.AssertCorruptAndFound("national-id", PetitionerId, Comments);
        Assert.Single(report.Findings, f => f.Value == ApplicantId);
        Assert.Contains(report.Problems, p => p.Message.Contains($"「{Name}」的「{Body}」已損毀", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Truncated_body_gives_the_text_before_the_cut()
    {
        var package = Letter.TruncatedBefore(Body, "<w:p><w:r><w:t>說明");

        var report = await DamagedPackageScan.ScanAsync(package.Build(), Name);

        report.AssertCorruptAndFound("national-id", ApplicantId, Body);
    }

    // Nobody reads a theme for text, so its damage went unnoticed.
    [Fact]
    public async Task Damaged_part_no_reader_reads_is_still_a_problem()
    {
        var package = Letter.TruncatedBefore("word/theme/theme1.xml", "<a:clrScheme");

        var report = await DamagedPackageScan.ScanAsync(package.Build(), Name);

        report.AssertCorruptAndFound("national-id", ApplicantId, Body);
        Assert.Contains(report.Problems, p => p.Message.Contains("word/theme/theme1.xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Damaged_content_types_leave_every_part_to_be_read()
    {
        var package = Letter.TruncatedBefore("[Content_Types].xml", "<Override PartName=\"/word/comments.xml\"");

        var report = await DamagedPackageScan.ScanAsync(package.Build(), Name);

        report.AssertCorruptAndFound("national-id", ApplicantId, Body);
        report.AssertCorruptAndFound("national-id", PetitionerId, Comments);
        Assert.Contains(report.Problems, p => p.Message.Contains("[Content_Types].xml 已損毀", StringComparison.Ordinal));
    }
}
