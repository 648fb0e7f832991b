using DocScan.Core.Extraction;
using DocScan.Core.Extraction.OpenXml;
using DocScan.Core.Scanning;

namespace DocScan.Core.Tests.Extraction;

/// <summary>The text of a part read without its structure is still shaped as a reader sees it.</summary>
public sealed class LoosePartTextTests
{
    private const string Path = "word/document.xml";

    [Fact]
    public void Runs_of_a_paragraph_are_one_segment()
    {
        var segments = Read("""<w:p><w:r><w:t>申請人：王</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>小明</w:t></w:r></w:p><w:p><w:r><w:t>住址：臺中市</w:t></w:r></w:p>""");

        Assert.Equal(["申請人：王小明", "住址：臺中市"], segments.Select(s => s.Text));
        Assert.All(segments, s => Assert.Equal((SegmentSources.Body, Path, false), (s.Source, s.Path, s.Hidden)));
    }

    [Fact]
    public void Table_cells_keep_their_row_and_column()
    {
        var segments = Read("""
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>姓名</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>身分證統一編號</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p><w:r><w:t>陳美玲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>H259083019</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            """);

        var id = Assert.Single(segments, s => s.Text == "H259083019");
        Assert.Equal(SegmentSources.Table, id.Source);
        Assert.Equal(new CellPosition($"{Path}#table1", 1, 1), id.Cell);
        Assert.Equal(new CellPosition($"{Path}#table1", 0, 0), Assert.Single(segments, s => s.Text == "姓名").Cell);
    }

    // Word keeps a text box twice: as DrawingML for current Office and as VML for older versions.
    [Fact]
    public void Text_box_kept_in_two_branches_is_one_text_box_segment()
    {
        var segments = Read("""
            <w:p><w:r><mc:AlternateContent>
            <mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>承辦人註記：E209139090</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>
            <mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>承辦人註記：E209139090</w:t></w:r></w:p><w:p><w:r><w:t>舊版才看得到 F152601819</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>
            </mc:AlternateContent></w:r></w:p>
            """);

        var shown = Assert.Single(segments, s => s.Text.Contains("E209139090", StringComparison.Ordinal));
        Assert.Equal((SegmentSources.TextBox, false), (shown.Source, shown.Hidden));
        var onlyInFallback = Assert.Single(segments, s => s.Text.Contains("F152601819", StringComparison.Ordinal));
        Assert.Equal((SegmentSources.TextBox, true), (onlyInFallback.Source, onlyInFallback.Hidden));
    }

    [Fact]
    public void Values_of_custom_xml_are_separate_hidden_segments()
    {
        var context = NewContext();

        new LoosePartText("customXml/item1.xml", PartPlace.Of("申請資料"), context)
            .Read(LooseXml.Tokens("<申請資料><姓名>王小明</姓名><身分證>F152601819</身分證></申請資料>"));

        Assert.Equal(["王小明", "F152601819"], context.Segments.Select(s => s.Text));
        Assert.All(context.Segments, s => Assert.Equal((SegmentSources.HiddenText, true), (s.Source, s.Hidden)));
    }

    private static List<TextSegment> Read(string body)
    {
        var context = NewContext();
        new LoosePartText(Path, PartPlace.Of("document"), context)
            .Read(LooseXml.Tokens($"<w:document><w:body>{body}</w:body></w:document>"));
        return context.Segments;
    }

    private static ExtractionContext NewContext() => new(ScanLimits.Default, (_, _, _, _) => Task.CompletedTask);
}
