using DocScan.Core.Detection;
using DocScan.Core.Extraction;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class DetectionContextTests
{
    private static readonly TextSegment[] Roster =
    [
        new("受查詢人名冊", SegmentSources.Body, "word/document.xml"),
        new("姓名", SegmentSources.Table, "word/document.xml", Cell: new CellPosition("t1", 0, 0)),
        new("身分證字號", SegmentSources.Table, "word/document.xml", Cell: new CellPosition("t1", 0, 1)),
        new("陳建宏", SegmentSources.Table, "word/document.xml", Cell: new CellPosition("t1", 1, 0)),
        new("Ａ166131861", SegmentSources.Table, "word/document.xml", Cell: new CellPosition("t1", 1, 1)),
        new("第 1 頁", SegmentSources.Footer, "word/footer1.xml"),
    ];

    private static readonly Keywords Id = ["身分證"];
    private static readonly Keywords Name = ["陳建宏"];
    private static readonly Keywords Passport = ["護照"];

    private static DetectionInput InputAt(int index) =>
        new DocumentText(Roster, new KeywordIndex([Id, Name, Passport]), Detect.Clock).Input(index);

    [Fact]
    public void A_cell_reads_its_column_header_normalized()
    {
        Assert.Equal("身分證字號", InputAt(4).ColumnHeader);
        Assert.Equal("姓名", InputAt(3).ColumnHeader);
        Assert.Null(InputAt(1).ColumnHeader); // a header has no header of its own
        Assert.Null(InputAt(0).ColumnHeader);
    }

    [Fact]
    public void Neighbouring_text_stays_within_one_source()
    {
        var input = InputAt(4);
        Assert.EndsWith("陳建宏", input.BeforeSpan.ToString());
        Assert.DoesNotContain("受查詢人名冊", input.BeforeSpan.ToString()); // the body paragraph is another source
        var (from, to) = input.Document.AfterRange(4, DetectionInput.DefaultWindow);
        Assert.Equal(from, to); // the footer is another source
    }

    [Fact]
    public void Context_words_are_found_in_the_header_and_the_window()
    {
        var input = InputAt(4);
        Assert.True(input.HasContext(0, input.Text.Length, Id));
        Assert.True(input.HasContext(0, input.Text.Length, Name));
        Assert.False(input.HasContext(0, input.Text.Length, Passport));
        Assert.False(input.HasContext(0, input.Text.Length, Name, window: 2));
    }

    [Fact]
    public void Asking_about_words_no_detector_declared_fails_loudly()
    {
        Keywords undeclared = ["身分證"];
        Assert.Throws<InvalidOperationException>(() => InputAt(4).HasContext(0, 1, undeclared));
    }
}
