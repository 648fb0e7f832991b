using DocScan.Core.Reporting;
using DocScan.Tests.Shared;

namespace DocScan.Core.Tests.Reporting;

public sealed class LocationWordsTests
{
    [Theory]
    [MemberData(nameof(LocationCases.Words), MemberType = typeof(LocationCases))]
    public void Location_reads_as_a_clerk_says_it(string words) =>
        Assert.Equal(words, LocationWords.Of(LocationCases.ByWords[words]));

    [Theory]
    [InlineData("word/document.xml", "內文")]
    [InlineData("content.xml", "內文")]
    [InlineData("word/header2.xml", "頁首")]
    [InlineData("xl/worksheets/sheet3.xml", "第 3 張工作表")]
    [InlineData("ppt/slides/slide2.xml", "第 2 張投影片")]
    [InlineData("ppt/notesSlides/notesSlide2.xml", "第 2 張投影片備忘稿")]
    [InlineData("meta.xml", "文件屬性")]
    [InlineData("xl/charts/chart1.xml", "圖表")]
    [InlineData("customXml/item1.xml", "文件的一部分")]
    public void A_damaged_part_is_named_as_a_clerk_knows_it(string part, string words) =>
        Assert.Equal(words, LocationWords.OfPart(part));
}
